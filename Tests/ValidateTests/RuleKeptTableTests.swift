import BackboneCore
import Testing

/// `Table.filter(keeping:)`: what validation hands on keeps every column type, each row's
/// origin across files, and only the dictionary entries still used.
@Suite struct RuleKeptTableTests {
    static let table: Table = {
        var builder = TableBuilder(
            name: "assessments",
            fields: [("person_id", .string), ("grade", .grade), ("scale_score", .decimal), ("test_date", .date), ("passed", .boolean)],
            origins: RowOrigins(unit: .record))
        builder.beginFile("2023.xml")
        builder.append([.string("a"), .integer(3), .decimal(401.5), .date(19_500), .boolean(true)], origin: 1)
        builder.append([.string("b"), .null, .decimal(399), .null, .boolean(false)], origin: 2)
        builder.beginFile("empty.xml")
        builder.beginFile("2024.xml")
        builder.append([.null, .integer(4), .null, .date(19_800), .null], origin: 1)
        builder.append([.string("c"), .integer(5), .decimal(420), .date(19_801), .boolean(true)], origin: 2)
        return builder.build()
    }()

    @Test func keptRowsKeepTheirValuesAndOrigins() {
        let kept = Self.table.filter(keeping: [false, true, true, false])
        #expect(kept.name == "assessments" && kept.columnNames == Self.table.columnNames)
        #expect(kept.rowCount == 2)
        #expect((0..<2).map { kept.origins.location(ofRow: $0) } == [
            SourceLocation(file: "2023.xml", record: 2), SourceLocation(file: "2024.xml", record: 1),
        ])
        #expect(kept.origins.unit == .record)
        for column in Self.table.columnNames {
            #expect([kept[0, column], kept[1, column]] == [Self.table[1, column], Self.table[2, column]])
        }
        #expect(kept.columns.map(\.type) == Self.table.columns.map(\.type))
    }

    @Test func stringColumnsKeepOnlyTheEntriesStillUsed() {
        let kept = Self.table.filter(keeping: [false, true, false, true])
        guard case .strings(let codes, let dictionary) = kept.column("person_id")!.storage else {
            Issue.record("person_id is not a string column")
            return
        }
        #expect(dictionary == ["b", "c"] && codes == [0, 1])
        #expect(Self.table.filter(keeping: [false, false, true, false]).column("person_id")?.distinctCount == 0)
    }

    @Test func keepingNothingOrEverything() {
        let none = Self.table.filter(keeping: [false, false, false, false])
        #expect(none.rowCount == 0 && none.columns.allSatisfy { $0.count == 0 })
        let all = Self.table.filter(keeping: [true, true, true, true])
        #expect((0..<4).map { all.origins.location(ofRow: $0) } == (0..<4).map { Self.table.origins.location(ofRow: $0) })
        #expect((0..<4).map { all[$0, "scale_score"] } == (0..<4).map { Self.table[$0, "scale_score"] })
    }
}
