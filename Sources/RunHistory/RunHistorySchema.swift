import GRDB

/// The history database's tables, created and upgraded by migrations so an older file keeps its runs.
enum RunHistorySchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // Each table has an integer key so rows read back in the order they were written
        // (indicators.csv's order for values), even after a VACUUM.
        migrator.registerMigration("v1: runs, inputs, source rows, stages, outputs, indicator values") { db in
            // `number` orders runs as they were recorded, under the run lock: the order of publication.
            try db.create(table: "runs") { t in
                t.autoIncrementedPrimaryKey("number")
                t.column("id", .text).notNull().unique()
                t.column("started", .text).notNull()
                t.column("finished", .text).notNull()
                t.column("seconds", .double).notNull()
                t.column("status", .text).notNull()
                t.column("exit_code", .integer).notNull()
                t.column("backbone_version", .text).notNull()
                t.column("pipeline_sha256", .text)
                t.column("mode", .text)
                t.column("threads", .integer).notNull()
                t.column("failure", .text)
            }
            try db.create(table: "run_inputs") { t in
                t.autoIncrementedPrimaryKey("position")
                t.column("run_id", .text).notNull().indexed().references("runs", column: "id", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("source", .text)
                t.column("path", .text).notNull()
                t.column("bytes", .integer).notNull()
                t.column("sha256", .text).notNull()
            }
            try db.create(table: "source_rows") { t in
                t.autoIncrementedPrimaryKey("position")
                t.column("run_id", .text).notNull().indexed().references("runs", column: "id", onDelete: .cascade)
                t.column("source", .text).notNull()
                t.column("rows_read", .integer).notNull()
                t.column("rows_kept", .integer).notNull()
                t.column("rows_quarantined", .integer).notNull()
                t.uniqueKey(["run_id", "source"])
            }
            try db.create(table: "stages") { t in
                t.autoIncrementedPrimaryKey("position")
                t.column("run_id", .text).notNull().indexed().references("runs", column: "id", onDelete: .cascade)
                t.column("stage", .text).notNull()
                t.column("seconds", .double).notNull()
                t.column("skipped", .boolean).notNull()
                t.column("records", .jsonText).notNull()
            }
            try db.create(table: "outputs") { t in
                t.autoIncrementedPrimaryKey("position")
                t.column("run_id", .text).notNull().indexed().references("runs", column: "id", onDelete: .cascade)
                t.column("path", .text).notNull()
                t.column("bytes", .integer).notNull()
                t.column("sha256", .text).notNull()
            }
            try db.create(table: "indicator_values") { t in
                t.autoIncrementedPrimaryKey("position")
                t.column("run_id", .text).notNull().references("runs", column: "id", onDelete: .cascade)
                t.column("indicator", .text).notNull()
                t.column("school_year", .integer).notNull()
                t.column("dimension", .text).notNull()
                t.column("group_code", .text).notNull()
                t.column("group_label", .text).notNull()
                t.column("numerator", .integer)
                t.column("denominator", .integer)
                t.column("value", .double)
                t.column("suppression_reason", .text)
                t.column("value_bound", .text)
                t.uniqueKey(["run_id", "indicator", "school_year", "dimension", "group_code"])
            }
        }
        return migrator
    }
}
