import BackboneCore
import Testing

/// Tables read file by file and put back together equal the table one pass would build.
@Suite struct TableConcatenationTests {
    func part(_ file: String, rows: [(String?, Int64?, Int)]) -> Table {
        var builder = TableBuilder(
            name: "t", fields: [("name", .string), ("count", .integer)], origins: RowOrigins(unit: .line))
        builder.beginFile(file)
        for (text, number, line) in rows {
            builder.append([text.map(Value.string) ?? .null, number.map(Value.integer) ?? .null], origin: line, byteOffset: line * 10, byteLength: 9)
        }
        return builder.build()
    }

    @Test func equalsOnePassOverAllFiles() {
        let a = [("x", 1 as Int64?, 2), (nil, nil, 3), ("y", 2, 4)] as [(String?, Int64?, Int)]
        let b = [("y", 3 as Int64?, 2), ("z", nil, 3)] as [(String?, Int64?, Int)]
        let joined = Table.concatenating([part("a.csv", rows: a), part("b.csv", rows: b)])

        var builder = TableBuilder(name: "t", fields: [("name", .string), ("count", .integer)], origins: RowOrigins(unit: .line))
        for (file, rows) in [("a.csv", a), ("b.csv", b)] {
            builder.beginFile(file)
            for (text, number, line) in rows {
                builder.append([text.map(Value.string) ?? .null, number.map(Value.integer) ?? .null], origin: line, byteOffset: line * 10, byteLength: 9)
            }
        }
        let onePass = builder.build()

        #expect(joined.rowCount == 5)
        for row in 0..<5 {
            #expect(joined[row, "name"] == onePass[row, "name"] && joined[row, "count"] == onePass[row, "count"])
            #expect(joined.origins.location(ofRow: row) == onePass.origins.location(ofRow: row))
            #expect(joined.origins.span(ofRow: row) == onePass.origins.span(ofRow: row))
        }
        guard case .strings(let codes, let dictionary) = joined.column("name")!.storage,
            case .strings(let passCodes, let passDictionary) = onePass.column("name")!.storage
        else { Issue.record("string columns expected"); return }
        #expect(dictionary == ["x", "y", "z"] && dictionary == passDictionary && codes == passCodes)
        #expect(joined.origins.files == ["a.csv", "b.csv"])
        #expect(joined.origins.span(ofRow: 3) == .bytes(file: 1, offset: 20, length: 9))
    }

    @Test func oneTableIsItself() {
        let table = part("a.csv", rows: [("x", 1, 2)])
        #expect(Table.concatenating([table]).rowCount == 1)
    }
}
