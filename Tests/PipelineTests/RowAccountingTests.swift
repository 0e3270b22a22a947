import BackboneCore
import Extract
import Testing
@testable import Pipeline

/// The last check before publishing: every declared source has its rows accounted for.
@Suite struct RowAccountingTests {
    static let place = SourceLocation(file: "p.yml", line: 5, column: 3)
    static let declared = ["students", "enrollment"].map { id in
        SourceConfig(id: id, partner: "district", path: "\(id).csv", format: .csv, table: .person, fields: [], location: place)
    }

    static func figures(_ source: String, read: Int, kept: Int, quarantined: Int) -> RunManifest.Source {
        RunManifest.Source(source: source, files: [], rowsRead: read, rowsKept: kept, rowsQuarantined: quarantined)
    }

    @Test func balancedSourcesPass() throws {
        try RowAccounting.check(
            [Self.figures("students", read: 5, kept: 3, quarantined: 2), Self.figures("enrollment", read: 0, kept: 0, quarantined: 0)],
            declared: Self.declared)
    }

    @Test func aRowUnaccountedForIsAnInternalError() throws {
        let error = try #require(throws: InternalError.self) {
            try RowAccounting.check(
                [Self.figures("students", read: 5, kept: 3, quarantined: 1), Self.figures("enrollment", read: 1, kept: 1, quarantined: 0)],
                declared: Self.declared)
        }
        #expect(error.description == "p.yml:5:3: error: source 'students' read 5 rows but kept 3 and quarantined 1; "
            + "1 rows are unaccounted for (a bug in Backbone: please report it)")
        #expect(RunStatus(error) == .internalError)
    }

    @Test func aSourceMissingFromTheFiguresIsAnInternalError() throws {
        let error = try #require(throws: InternalError.self) {
            try RowAccounting.check([Self.figures("students", read: 1, kept: 1, quarantined: 0)], declared: Self.declared)
        }
        #expect(error.diagnostic.message == "source 'enrollment' has no row counts at the end of the run")
    }
}
