import BackboneCore
import Foundation
import GRDB

/// The run history of one published card: an SQLite file beside it (`out/riverton` →
/// `out/riverton.history.sqlite`), outside the published folder so the card's bytes never
/// depend on it. Runs write under the card's run lock; readers may open it at any time.
public final class RunHistoryStore {
    public static let fileSuffix = ".history.sqlite"

    /// The history file of the card published to `publishedDirectory`.
    public static func path(forPublished publishedDirectory: String) -> String {
        FilePath.directory(of: publishedDirectory) + "/" + FilePath.name(of: publishedDirectory) + fileSuffix
    }

    public let path: String
    /// How messages name the file (relative to the working directory).
    public let displayPath: String
    private let queue: DatabaseQueue

    /// Opens the history at `path`, creating it (and upgrading an older one) as needed.
    public init(path: String, displayPath: String? = nil) throws {
        self.path = path
        self.displayPath = displayPath ?? path
        do {
            try FileManager.default.createDirectory(atPath: FilePath.directory(of: path), withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try RunHistorySchema.migrator.migrate(queue)
        } catch {
            throw Diagnostic.error("cannot open the run history: \(error)", at: SourceLocation(file: self.displayPath))
        }
    }

    /// Opens a history that must already exist: reading commands never create one.
    public static func existing(path: String, displayPath: String) throws -> RunHistoryStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw Diagnostic.error(
                "no run history here: a card's history is created by its first `backbone run`",
                at: SourceLocation(file: displayPath))
        }
        return try RunHistoryStore(path: path, displayPath: displayPath)
    }

    /// The migrations applied to this file, by name (`v1: …`, `v2: …`).
    public func appliedMigrations() throws -> [String] {
        try queue.read { db in try RunHistorySchema.migrator.appliedIdentifiers(db).sorted() }
    }

    /// Adds a run and everything it published, in one transaction.
    public func record(_ record: RunRecord) throws {
        try queue.write { db in
            try record.run.insert(db)
            for input in record.inputs { try input.insert(db) }
            for rows in record.sourceRows { try rows.insert(db) }
            for stage in record.stages { try stage.insert(db) }
            for output in record.outputs { try output.insert(db) }
            for value in record.values { try value.insert(db) }
        }
    }

    /// Every run, the last recorded first.
    public func runs() throws -> [RecordedRun] {
        try queue.read { db in try RecordedRun.order(Column("number").desc).fetchAll(db) }
    }

    public func inputs(of runID: String) throws -> [RecordedInput] {
        try queue.read { db in
            try RecordedInput.filter(RecordedInput.CodingKeys.runID == runID).order(Column("position")).fetchAll(db)
        }
    }

    public func sourceRows(of runID: String) throws -> [RecordedSourceRows] {
        try queue.read { db in
            try RecordedSourceRows.filter(RecordedSourceRows.CodingKeys.runID == runID).order(Column("position")).fetchAll(db)
        }
    }

    public func stages(of runID: String) throws -> [RecordedStage] {
        try queue.read { db in try RecordedStage.filter(Column("run_id") == runID).order(Column("position")).fetchAll(db) }
    }

    public func outputs(of runID: String) throws -> [RecordedOutput] {
        try queue.read { db in
            try RecordedOutput.filter(RecordedOutput.CodingKeys.runID == runID).order(Column("position")).fetchAll(db)
        }
    }

    /// The values a run published, in indicators.csv's order.
    public func values(of runID: String) throws -> [PublishedValue] {
        try queue.read { db in
            try PublishedValue.filter(PublishedValue.CodingKeys.runID == runID).order(Column("position")).fetchAll(db)
        }
    }

    /// How many cells differ between two runs' published values (changed, hidden or shown, added, removed).
    public func changedValueCount(from old: String, to new: String) throws -> Int {
        try queue.read { db in
            let cell = "indicator, school_year, dimension, group_code"
            let published = "\(cell), numerator, denominator, value, suppression_reason, value_bound"
            let sql = """
                SELECT COUNT(*) FROM (
                  SELECT \(cell) FROM (
                    SELECT \(published) FROM indicator_values WHERE run_id = ?
                    EXCEPT SELECT \(published) FROM indicator_values WHERE run_id = ?)
                  UNION
                  SELECT \(cell) FROM (
                    SELECT \(published) FROM indicator_values WHERE run_id = ?
                    EXCEPT SELECT \(published) FROM indicator_values WHERE run_id = ?))
                """
            return try Int.fetchOne(db, sql: sql, arguments: [old, new, new, old]) ?? 0
        }
    }
}
