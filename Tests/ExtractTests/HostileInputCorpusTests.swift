import BackboneCore
import BackboneTestSupport
import Foundation
import Testing
import Extract

/// Every file of `fixtures/hostile/` read as a source, the way a run reads it: each gives a
/// located error or quarantined rows, never a crash or a hang, and every row read is
/// accounted for. The large cases (a 100 MB field, a gzip bomb) are written at run time.
@Suite struct HostileInputCorpusTests {
    enum Outcome: Sendable {
        /// The source stops with this message start, at `file[:line]`.
        case refused(String, line: Int?)
        /// The source is read: rows on `lines` are set aside, `kept` rows kept.
        case quarantined(lines: [Int], kept: Int)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var outcome: Outcome
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "truncated.csv.gz", outcome: .refused("gzip stream truncated: expected more compressed data", line: nil)),
        Case(file: "corrupt.csv.gz", outcome: .refused("gzip stream is corrupt", line: nil)),
        Case(file: "invalid-utf8-field-start.csv", outcome: .quarantined(lines: [2], kept: 1)),
        Case(file: "invalid-utf8-field-middle.csv", outcome: .quarantined(lines: [2], kept: 1)),
        Case(file: "invalid-utf8-field-end.csv", outcome: .quarantined(lines: [2], kept: 1)),
        Case(file: "invalid-utf8-last-byte.csv", outcome: .quarantined(lines: [3], kept: 1)),
        Case(file: "invalid-utf8-header.csv", outcome: .refused("header is malformed", line: 1)),
        Case(file: "mixed-line-endings.csv", outcome: .quarantined(lines: [], kept: 4)),
        Case(file: "unterminated-quote-at-eof.csv", outcome: .quarantined(lines: [3], kept: 1)),
        Case(file: "nul-in-field.csv", outcome: .quarantined(lines: [], kept: 2)),
        Case(file: "duplicate-columns.csv", outcome: .refused("column 'name' for field 'last_name' appears twice", line: 1)),
        Case(file: "missing-column.csv", outcome: .refused("column 'name' for field 'last_name' is not in the header", line: 1)),
        Case(file: "blank-column-name.csv", outcome: .quarantined(lines: [], kept: 1)),
        Case(file: "empty.csv", outcome: .refused("expected a header line, found an empty file", line: 1)),
        Case(file: "bom-only.csv", outcome: .refused("expected a header line, found only a byte order mark", line: 1)),
        Case(file: "xxe.xml", outcome: .refused("XML refused: DOCTYPE declarations are not accepted", line: 2)),
        Case(file: "billion-laughs.xml", outcome: .refused("XML refused: DOCTYPE declarations are not accepted", line: 2)),
        Case(file: "deeply-nested.xml", outcome: .refused("XML refused: elements are nested more than 256 levels deep", line: 2)),
        Case(file: "mismatched-tags.xml", outcome: .refused("XML is not well-formed: the start tag <Name>", line: 3)),
        Case(file: "unclosed-root.xml", outcome: .refused("XML is not well-formed: the document ends before <Students>", line: 2)),
        Case(file: "not-xml.xml", outcome: .refused("XML is not well-formed: expected the root element's start tag", line: 1)),
    ]

    @Test(.timeLimit(.minutes(1)), arguments: cases)
    func eachBadInputIsRefusedWhereItIsOrItsRowsSetAside(_ hostile: Case) throws {
        try Self.check(hostile.outcome, reading: Fixtures.path("hostile/\(hostile.file)"))
    }

    @Test(.timeLimit(.minutes(2)))
    func aHundredMegabyteFieldSetsItsRowAsideWithoutHoldingIt() throws {
        let folder = try Fixtures.temporaryDirectory("hostile-field")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge-field.csv").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("id,name\n1,\"".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        let megabyte = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<100 { try handle.write(contentsOf: megabyte) }
        try handle.write(contentsOf: Data("\"\n2,Ben\n".utf8))
        try handle.close()
        let extracted = try Self.check(.quarantined(lines: [2], kept: 1), reading: path)
        #expect(extracted?.rejected.first?.reason == "expected a field of at most 1048576 bytes, found a longer one")
    }

    @Test(.timeLimit(.minutes(1)))
    func aGzipBombIsRefusedAfterItsFirstMegabytes() throws {
        let folder = try Fixtures.temporaryDirectory("hostile-bomb")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bomb.csv.gz").path
        // 200 MB of zeros after a header, compressed about a thousand times over.
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "{ printf 'id,name\\n'; head -c 209715200 /dev/zero; } | gzip -9 > '\(path)'"]
        try gzip.run()
        gzip.waitUntilExit()
        let compressed = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(compressed < 300_000)
        try Self.check(.refused("gzip stream inflates more than 1000 times its compressed size", line: nil), reading: path)
    }

    /// Reads `path` as a two-field source (`id`, `name`; XML records `Student`) and checks the outcome.
    @discardableResult
    static func check(_ outcome: Outcome, reading path: String) throws -> ExtractedSource? {
        let name = FilePath.name(of: path)
        let xml = name.hasSuffix(".xml")
        let place = SourceLocation(file: "hostile.yml", line: 1, column: 1)
        let fields = [
            FieldMapping(field: "person_id", origin: xml ? .path("Id") : .column("id"), location: place),
            FieldMapping(field: "last_name", origin: xml ? .path("Name") : .column("name"), location: place),
        ]
        let source = SourceConfig(
            id: "hostile", partner: "partner", path: name, format: xml ? .xml : .csv, table: .person,
            recordElement: xml ? "Student" : nil, fields: fields, location: place)
        let folder = FilePath.directory(of: path)
        switch outcome {
        case .refused(let message, let line):
            let diagnostic = try #require(throws: Diagnostic.self) {
                try SourceExtractor.extract(source, baseDirectory: folder, displayBase: folder)
            }
            #expect(diagnostic.message.hasPrefix(message), "\(diagnostic)")
            #expect(diagnostic.location?.file == name)
            #expect(diagnostic.location?.line == line)
            return nil
        case .quarantined(let lines, let kept):
            let extracted = try SourceExtractor.extract(source, baseDirectory: folder, displayBase: folder)
            #expect(extracted.rejected.map(\.location.line) == lines)
            #expect(extracted.rejected.allSatisfy { $0.location.file == name && $0.location.column != nil })
            #expect(extracted.table.rowCount == kept)
            #expect(extracted.rowsRead == extracted.table.rowCount + extracted.rejected.count)
            return extracted
        }
    }
}
