import BackboneCore
import Extract

/// What the last published card said about each source (its `data-quality.csv`), so this
/// run can show what changed and row-count rules can catch a shrinking export.
public struct PreviousDataQuality: Sendable, Codable, Equatable {
    public private(set) var rowsRead: [String: Int] = [:]
    /// Source → field → share of kept rows missing the field.
    public private(set) var missingShare: [String: [String: Double]] = [:]

    enum CodingKeys: String, CodingKey {
        case rowsRead = "rows_read", missingShare = "missing_share"
    }

    public init(rowsRead: [String: Int] = [:], missingShare: [String: [String: Double]] = [:]) {
        self.rowsRead = rowsRead
        self.missingShare = missingShare
    }

    /// Empty when there is no previous card or its file cannot be read (a first run).
    public init(publishedDirectory: String) {
        let path = publishedDirectory + "/data-quality.csv"
        guard let source = try? openByteSource(path: path), let reader = try? CSVReader(source: source, file: path) else { return }
        let column = Dictionary(uniqueKeysWithValues: reader.header.enumerated().map { ($1, $0) })
        guard let s = column["source"], let k = column["kind"], let n = column["name"], let c = column["count"],
            let sh = column["share"]
        else { return }
        try? reader.read(
            row: { row in
                let source = row.string(s)
                switch row.string(k) {
                case "rows_read": rowsRead[source] = Int(row.string(c))
                case "missing": missingShare[source, default: [:]][row.string(n)] = Double(row.string(sh))
                default: break
                }
            },
            malformed: { _ in })
    }
}
