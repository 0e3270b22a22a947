import BackboneCore
import BackboneTestSupport
import Extract
import Foundation
import Testing
import Validate

/// Rules over a real extract: findings point at the export's lines, every row read is
/// accounted for, and rows rejected at extract count towards the source's threshold.
@Suite struct RuleExtractedSourceTests {
    static let location = SourceLocation(file: "pipeline.yml", line: 20, column: 3)

    static func extract() throws -> ExtractedSource {
        let at = SourceLocation(file: "pipeline.yml")
        let source = SourceConfig(
            id: "youthworks_participants", partner: "youthworks", path: "youthworks.csv", format: .csv, table: .program,
            fields: [
                FieldMapping(field: "person_id", origin: .column("Participant ID"), location: at),
                FieldMapping(field: "program", origin: .column("Program"), location: at),
                FieldMapping(field: "start_date", origin: .column("Start"), dateLayouts: [DateLayout("MM/DD/YYYY")!], location: at),
                FieldMapping(field: "end_date", origin: .column("End"), dateLayouts: [DateLayout("MM/DD/YYYY")!], location: at),
                FieldMapping(field: "hours", origin: .column("Hours"), location: at),
            ],
            location: location)
        let base = Fixtures.path("validate")
        return try SourceExtractor.extract(source, baseDirectory: base, displayBase: base)
    }

    static let rules = SourceRules(
        source: "youthworks_participants",
        rules: [
            RuleTables.rule("ends after it starts", .check(expression: "end_date >= start_date", expressionLocation: location)),
            RuleTables.rule("range(hours)", .range(field: "hours", min: .integer(0), max: .integer(1000)), .warn),
            RuleTables.rule("unique(person_id, program)", .unique(fields: ["person_id", "program"])),
            RuleTables.rule("pattern(person_id)", .pattern(field: "person_id", regex: "P[0-9]{4}")),
            RuleTables.rule("row count", .rowCount(min: 5, maxShrink: 0.5), .fatal),
        ],
        threshold: 0.2)

    @Test func findingsPointAtTheExportsLines() throws {
        let extracted = try Self.extract()
        #expect(extracted.rowsRead == 9 && extracted.table.rowCount == 8)
        let outcomes = try RuleEngine.evaluate(Self.rules, on: extracted, references: [:], previousRowCount: 16)
        #expect(outcomes.map(\.rule.name) == Self.rules.rules.map(\.name))
        #expect(outcomes.map(\.failures) == [1, 1, 1, 0, 0])
        #expect(outcomes.flatMap(\.findings).map { "\($0.location): \($0.message)" } == [
            "youthworks.csv:4: check failed: end_date >= start_date (end_date 2023-09-15, start_date 2023-10-01)",
            "youthworks.csv:5: hours: expected between 0 and 1000, found 3000",
            "youthworks.csv:7: duplicate of the row at line 3",
        ])
        let shrunk = try RuleEngine.evaluate(Self.rules, on: extracted, references: [:], previousRowCount: 20)
        #expect(shrunk[4].sourceFinding?.message == """
            expected at most 50% fewer rows than the previous run's 20, found 9 (55% fewer)
            """)
        #expect(shrunk[4].sourceFinding?.location == Self.location)
    }

    @Test func everyRowReadIsKeptOrSetAsideAndRejectsAtExtractCountTowardsTheThreshold() throws {
        let extracted = try Self.extract()
        let outcomes = try RuleEngine.evaluate(Self.rules, on: extracted, references: [:], previousRowCount: nil)
        let result = ValidationResult(extracted, rules: Self.rules, outcomes: outcomes)
        #expect(result.source == "youthworks_participants")
        #expect(result.kept.rowCount + extracted.rejected.count + result.quarantined.count == extracted.rowsRead)
        #expect(result.quarantined.map { "\($0.location): \($0.reason)" } == [
            "youthworks.csv:4: rule 'ends after it starts': check failed: end_date >= start_date "
                + "(end_date 2023-09-15, start_date 2023-10-01)",
            "youthworks.csv:7: rule 'unique(person_id, program)': duplicate of the row at line 3",
        ])
        // Each quarantined row's span points at its exact bytes in the export.
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: Fixtures.path("validate/youthworks.csv"))))
        #expect(result.quarantined.map { quarantined -> String in
            guard case .bytes(_, let offset, let length)? = extracted.table.origins.span(ofRow: quarantined.row) else { return "" }
            return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        } == [
            "P0003,\"Robotics, Jr.\",10/01/2023,09/15/2023,40", "P0002,Homework Club,09/05/2023,06/01/2024,95.5",
        ])
        #expect(result.rowsWarned == 1)
        #expect(result.stops == [
            .error(
                "source 'youthworks_participants': 33.33% of rows (3 of 9) failed error rules, above the threshold of 20%",
                at: Self.location)
        ])
        let kept = result.kept
        #expect((0..<kept.rowCount).compactMap { kept.origins.location(ofRow: $0).line } == [2, 3, 5, 8, 9, 10])
    }
}
