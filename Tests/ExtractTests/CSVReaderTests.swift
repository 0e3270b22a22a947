import BackboneCore
import Testing
@testable import Extract

@Suite("CSV reader: RFC 4180")
struct CSVReaderTests {
    @Test func plainRowsWithLineFeeds() throws {
        let result = try readCSV("id,name,grade\n1,Ana,09\n2,Ben,10\n")
        #expect(result.header == ["id", "name", "grade"])
        #expect(result.rows == [["1", "Ana", "09"], ["2", "Ben", "10"]])
        #expect(result.rowLines == [2, 3])
        #expect(result.rowsRead == 2)
        #expect(result.malformed.isEmpty)
    }

    @Test func lastRowWithoutLineBreak() throws {
        let result = try readCSV("a,b\n1,2")
        #expect(result.rows == [["1", "2"]])
    }

    @Test func quotedFieldHoldsDelimiter() throws {
        let result = try readCSV("id,name\n1,\"Rivera, Ana\"\n")
        #expect(result.rows == [["1", "Rivera, Ana"]])
    }

    @Test func quotedFieldHoldsLineBreaksAndLinesStayCounted() throws {
        let result = try readCSV("id,note\n1,\"first\nsecond\r\nthird\rfourth\"\n2,x\n")
        #expect(result.rows == [["1", "first\nsecond\r\nthird\rfourth"], ["2", "x"]])
        #expect(result.rowLines == [2, 6])
    }

    @Test func doubledQuotesAreUnescaped() throws {
        let result = try readCSV("id,name\n1,\"Lee \"\"JJ\"\" Jr\"\n2,\"\"\"\"\n3,\"\"\n")
        #expect(result.rows == [["1", "Lee \"JJ\" Jr"], ["2", "\""], ["3", ""]])
    }

    @Test func emptyFieldsAndTrailingDelimiter() throws {
        let result = try readCSV("a,b,c\n,,\n1,,\n,2,\n")
        #expect(result.rows == [["", "", ""], ["1", "", ""], ["", "2", ""]])
    }

    @Test func trailingDelimiterAtEndOfFile() throws {
        let result = try readCSV("a,b\n1,")
        #expect(result.rows == [["1", ""]])
    }

    @Test func carriageReturnLineFeed() throws {
        let result = try readCSV("a,b\r\n1,2\r\n3,4\r\n")
        #expect(result.rows == [["1", "2"], ["3", "4"]])
        #expect(result.rowLines == [2, 3])
    }

    @Test func loneCarriageReturn() throws {
        let result = try readCSV("a,b\r1,2\r3,\"4\"\r")
        #expect(result.rows == [["1", "2"], ["3", "4"]])
        #expect(result.rowLines == [2, 3])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let result = try readCSV("\n\na,b\n\n1,2\r\n\r\n\r\n3,4\n\n")
        #expect(result.header == ["a", "b"])
        #expect(result.rows == [["1", "2"], ["3", "4"]])
        #expect(result.rowLines == [5, 8])
        #expect(result.rowsRead == 2)
    }

    /// `-` (0x2D) is one above the delimiter and `#` one above the quote: a word scanner
    /// must not take them for either when they follow one.
    @Test func bytesBesideSpecialBytesStayOrdinary() throws {
        let text = "a,b,c,d,e,f,g,h\n-,--,\"#\"\"#\",-,-,-,-#-,--\n-,-,-,-,-,-,-,-"
        let result = try readCSV(text)
        #expect(result.rows == [["-", "--", "#\"#", "-", "-", "-", "-#-", "--"], Array(repeating: "-", count: 8)])
    }

    @Test func whitespaceIsKept() throws {
        let result = try readCSV("a,b\n 1 , 2\t\n")
        #expect(result.rows == [[" 1 ", " 2\t"]])
    }

    @Test func byteOrderMarkIsStripped() throws {
        let result = try readCSV([0xEF, 0xBB, 0xBF] + Array("sid,year\n1,2004\n".utf8))
        #expect(result.header == ["sid", "year"])
        #expect(result.rows == [["1", "2004"]])
    }

    @Test func headerOnly() throws {
        let result = try readCSV("a,b\r\n")
        #expect(result.header == ["a", "b"])
        #expect(result.rows.isEmpty)
        #expect(result.rowsRead == 0)
    }

    @Test(arguments: [(";", "a;b\n\"x;y\";2\n"), ("\t", "a\tb\n\"x\ty\"\t2\n"), ("|", "a|b\n\"x|y\"|2\n")])
    func otherDelimiters(delimiter: String, text: String) throws {
        let options = CSVOptions(delimiter: Array(delimiter.utf8)[0])
        let result = try readCSV(text, options: options)
        #expect(result.header == ["a", "b"])
        #expect(result.rows == [["x\(delimiter)y", "2"]])
    }

    @Test func commaIsOrdinaryWithAnotherDelimiter() throws {
        let result = try readCSV("a;b\n1,5;2\n", options: CSVOptions(delimiter: UInt8(ascii: ";")))
        #expect(result.rows == [["1,5", "2"]])
    }

    @Test func utf8TextPassesThrough() throws {
        let result = try readCSV("name,city\nJosé,Zürich\n\"Zoë, 😀\",東京\n")
        #expect(result.rows == [["José", "Zürich"], ["Zoë, 😀", "東京"]])
    }

    @Test func withBytesLendsFieldBytes() throws {
        let reader = try CSVReader(source: MemoryByteSource("a,b\n\"x\"\"y\",12\n"), file: "test.csv")
        var seen: [[UInt8]] = []
        try reader.read(
            row: { row in seen = (0..<row.count).map { index in row.withBytes(index) { Array($0) } } },
            malformed: { _ in Issue.record("no row is malformed") })
        #expect(seen == [Array("x\"y".utf8), Array("12".utf8)])
    }

    @Test func unusableDelimiterIsRefused() throws {
        #expect(throws: Diagnostic.self) {
            try CSVReader(source: MemoryByteSource("a,b\n"), file: "test.csv", options: CSVOptions(delimiter: UInt8(ascii: "\"")))
        }
    }
}
