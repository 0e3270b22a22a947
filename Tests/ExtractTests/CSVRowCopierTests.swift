import BackboneCore
import Testing
@testable import Extract

/// Copying rows back out of a CSV by the ranges the reader gave them.
@Suite struct CSVRowCopierTests {
    /// Reads `bytes`, then copies the header and the rows at `picks` (indices among all rows
    /// read, well-formed and malformed, in file order) through small pieces.
    func copy(_ bytes: [UInt8], picking picks: [Int]) throws -> [UInt8] {
        let read = try readCSV(bytes)
        let ranges = (read.rowBytes + read.malformed.map(\.bytes)).sorted { $0.lowerBound < $1.lowerBound }
        let copier = CSVRowCopier(source: MemoryByteSource(bytes, chunkSize: 3), file: "test.csv")
        let sink = ByteCollector()
        try sink.write(try copier.readHeader())
        for pick in picks {
            if !(try copier.copyRow(offset: ranges[pick].lowerBound, length: ranges[pick].count, to: sink)) {
                try sink.write(Array("<no line break>".utf8))
            }
        }
        return sink.bytes
    }

    @Test func copiesTheHeaderLineAndEachRowWithItsOwnLineBreak() throws {
        let text = "\u{FEFF}\r\n\"id\r\nx\",name\r\n1,a\r\n2,\"b\nc\"\n\n3,c\r4,d"
        #expect(try copy(Array(text.utf8), picking: [1, 2, 3]) == Array(
            "\u{FEFF}\r\n\"id\r\nx\",name\r\n2,\"b\nc\"\n3,c\r4,d<no line break>".utf8))
        #expect(try copy(Array(text.utf8), picking: [0]) == Array("\u{FEFF}\r\n\"id\r\nx\",name\r\n1,a\r\n".utf8))
    }

    @Test func copiesMalformedRowsWhole() throws {
        let text = "a,b\n1,x\"y\n2,\"open\n3,4\n"
        #expect(try copy(Array(text.utf8), picking: [0, 1]) == Array(text.utf8) + Array("<no line break>".utf8))
    }

    @Test func aFileShorterThanWhenItWasReadIsReported() throws {
        let copier = CSVRowCopier(source: MemoryByteSource("a,b\n1,2\n"), file: "test.csv")
        _ = try copier.readHeader()
        #expect(throws: Diagnostic.error(
            "expected the file to hold at least 12 bytes as when it was read, found 8: it changed since",
            at: SourceLocation(file: "test.csv"))) {
            try copier.copyRow(offset: 8, length: 4, to: ByteCollector())
        }
    }
}
