import Foundation
import GRDB

/// One stage of a published run: its time, whether the cache stood in for it, and its record counts.
public struct RecordedStage: Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "stages"

    public var runID: String
    public var stage: String
    public var seconds: Double
    public var skipped: Bool
    /// Counts (rows, files, links, student-years), never values.
    public var records: [String: Int]

    public init(runID: String, stage: String, seconds: Double, skipped: Bool, records: [String: Int]) {
        self.runID = runID
        self.stage = stage
        self.seconds = seconds
        self.skipped = skipped
        self.records = records
    }

    public init(row: Row) throws {
        runID = row["run_id"]
        stage = row["stage"]
        seconds = row["seconds"]
        skipped = row["skipped"]
        records = try JSONDecoder().decode([String: Int].self, from: Data((row["records"] as String).utf8))
    }

    /// The counts as JSON with sorted keys, queryable with SQLite's `json_extract`.
    public func encode(to container: inout PersistenceContainer) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        container["run_id"] = runID
        container["stage"] = stage
        container["seconds"] = seconds
        container["skipped"] = skipped
        container["records"] = String(decoding: try encoder.encode(records), as: UTF8.self)
    }
}
