import BackboneTestSupport
import Foundation
import Testing

/// Nothing that identifies a child reaches the published card: every published file is
/// scanned for the demo's student numbers, state IDs, participant IDs, birth dates and
/// students' given name and surname side by side, read from the raw exports by plain string handling.
@Suite struct DemoPublishedPrivacyTests {
    /// Identifiers and birth dates of everyone in the district and community rosters.
    func identifiers() throws -> Set<String> {
        var found = Set<String>()
        let dates = #/\d\d/\d\d/\d{4}|\d{4}-\d\d-\d\d/#
        let students = try String(contentsOfFile: Fixtures.path("riverton/district/students.csv"), encoding: .utf8)
        for line in students.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            found.formUnion([String(cells[0]), String(cells[1]), String(cells[5])])
        }
        for file in ["riverton/cbo/youthworks.csv", "riverton/cbo/bright_futures.csv"] {
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(file))), as: UTF8.self)
            for line in text.split(whereSeparator: \.isNewline).dropFirst() {
                found.insert(String(line.prefix { $0 != "," && $0 != ";" }))
                found.formUnion(line.matches(of: dates).map { String($0.output) })
            }
        }
        let xml = try String(contentsOfFile: Fixtures.path("riverton/cbo/northside_learning.xml"), encoding: .utf8)
        found.formUnion(xml.matches(of: #/<Participant id="([^"]+)"/#).map { String($0.output.1) })
        found.formUnion(xml.matches(of: #/<DateOfBirth>([^<]+)</#).map { String($0.output.1) })
        found.remove("")
        return found
    }

    /// Every district student's given name and surname, both ways round ("first last", "last first").
    func namePairs() throws -> Set<String> {
        let students = try String(contentsOfFile: Fixtures.path("riverton/district/students.csv"), encoding: .utf8)
        return Set(students.split(whereSeparator: \.isNewline).dropFirst().flatMap { line -> [String] in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            return ["\(cells[3]) \(cells[2])".lowercased(), "\(cells[2]) \(cells[3])".lowercased()]
        })
    }

    @Test func noPublishedFileHoldsAnIdentifierBirthDateOrName() throws {
        let output = try DemoRun.get().output
        let identifiers = try identifiers()
        let names = try namePairs()
        #expect(identifiers.count > 6_000 && identifiers.contains("BF-0102"))
        let files = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasSuffix("/") && $0.contains(".") }.sorted()
        #expect(files.contains("linkage-model.csv") && files.contains("partners/youthworks.csv"))
        #expect(files.contains("methodology.html") && files.contains("indicators/third_grade_reading.html"))
        for file in files {
            let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            let tokens = text.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "/") }
            let leaked = tokens.filter { identifiers.contains(String($0)) }
            #expect(leaked.isEmpty, "\(file) holds identifiers or birth dates: \(leaked.prefix(3))")
            let named = zip(tokens, tokens.dropFirst()).map { "\($0) \($1)".lowercased() }.filter(names.contains)
            #expect(named.isEmpty, "\(file) holds names: \(named.prefix(3))")
        }
    }
}
