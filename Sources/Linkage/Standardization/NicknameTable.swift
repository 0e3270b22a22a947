import BackboneCore
import Foundation

/// Which given names stand for each other ("BILL" for "WILLIAM", "LIZ" for "ELIZABETH"),
/// from a public list (see Resources/NOTICE.md), never a hand-typed one.
///
/// Two names are equivalent when the list relates them directly, in either direction.
/// Names that merely share a formal name are not: "BILL" and "BOB" are both listed under
/// ROBERT, but a Bill and a Bob are rarely the same child.
public struct NicknameTable: Sendable {
    /// The relationships a list row may state; each makes its two names equivalent.
    public static let relationships: Set<String> = ["has_nickname", "is_translation_of:en-sp"]

    private var ids: [String: Int32] = [:]
    /// Per name id: the sorted ids of the names equivalent to it, itself included.
    private var equivalents: [[Int32]] = []

    /// The list shipped with Backbone: `nicknames` 1.0.1 from PyPI (Apache-2.0).
    public static func bundled() throws -> NicknameTable {
        let file = "nicknames.csv"
        guard let url = Bundle.module.url(forResource: "nicknames", withExtension: "csv", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { throw Diagnostic.error("the nickname list \(file) is missing from Backbone's resources", at: SourceLocation(file: file)) }
        return try NicknameTable(csv: String(decoding: data, as: UTF8.self), file: url.path)
    }

    /// Reads a list in the `nicknames` package's format: a header, then `name1,relationship,name2`.
    /// - Throws: `DiagnosticsError` naming every malformed line.
    public init(csv: String, file: String) throws {
        var problems: [Diagnostic] = []
        var related: [Set<Int32>] = []
        for (index, line) in csv.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(\.trimmingSpaces)
            if fields.count == 1 && fields[0].isEmpty { continue }
            let location = SourceLocation(file: file, line: index + 1)
            guard fields.count == 3 else {
                problems.append(.error("expected 3 comma-separated fields (name1,relationship,name2), found \(fields.count)", at: location))
                continue
            }
            guard Self.relationships.contains(String(fields[1])) else {
                problems.append(.error("expected a relationship among \(Self.relationships.sorted()), found an unknown one", at: location))
                continue
            }
            let names = [fields[0], fields[2]].map { NameStandardizer.standardize(String($0)) }
            guard !names[0].isEmpty, !names[1].isEmpty else {
                problems.append(.error("expected two names with letters, found an empty name", at: location))
                continue
            }
            let a = id(names[0], &related), b = id(names[1], &related)
            related[Int(a)].insert(b)
            related[Int(b)].insert(a)
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        equivalents = related.map { $0.sorted() }
    }

    private mutating func id(_ name: String, _ related: inout [Set<Int32>]) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(related.count)
        ids[name] = id
        related.append([id])
        return id
    }

    /// How many distinct names the list holds.
    public var nameCount: Int { equivalents.count }

    /// A standardized given name with its place in this list.
    public func givenName(_ name: StandardizedName) -> GivenName {
        guard let id = ids[name.text] else { return GivenName(name: name, nicknameId: -1, equivalents: []) }
        return GivenName(name: name, nicknameId: id, equivalents: equivalents[Int(id)])
    }

    /// Whether two raw given names are equivalent by this list (after standardization).
    public func areEquivalent(_ a: String, _ b: String) -> Bool {
        guard let x = StandardizedName.given(a), let y = StandardizedName.given(b) else { return false }
        return givenName(x).isNicknameEquivalent(to: givenName(y))
    }
}
