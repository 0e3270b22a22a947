import BackboneCore
import Testing
@testable import Extract

@Suite("CSV reader: malformed rows")
struct CSVMalformedRowTests {
    @Test func quoteInsideUnquotedField() throws {
        let result = try readCSV("id,name,grade\n1,An\"a,09\n2,Ben,10\n")
        #expect(result.malformed.count == 1)
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 2 && bad.column == 5)
        #expect(bad.message.contains("quote inside an unquoted field"))
        #expect(bad.raw == Array("1,An\"a,09".utf8))
        #expect(result.rows == [["2", "Ben", "10"]])
        #expect(result.rowsRead == 2)
    }

    @Test func charactersAfterClosingQuote() throws {
        let result = try readCSV("id,name,grade\r\n1,\"Ana\"x,09\r\n2,Ben,10\r\n")
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 2 && bad.column == 8)
        #expect(bad.message.contains("after a closing quote"))
        #expect(bad.raw == Array("1,\"Ana\"x,09".utf8))
        #expect(result.rows == [["2", "Ben", "10"]])
    }

    @Test func charactersAfterClosingQuoteOnALaterLineOfTheRow() throws {
        let result = try readCSV("a,b\n\"x\ny\"z,2\n3,4\n")
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 3 && bad.column == 3)
        #expect(result.rows == [["3", "4"]])
    }

    @Test func unterminatedQuotePointsAtOpeningQuote() throws {
        let result = try readCSV("a,b\n1,2\n3,\"abc\n4,5\n")
        #expect(result.rows == [["1", "2"]])
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 3 && bad.column == 3)
        #expect(bad.message.contains("closing quote") && bad.message.contains("end of the file"))
        #expect(bad.raw == Array("3,\"abc\n4,5\n".utf8))
        #expect(result.rowsRead == 2)
    }

    @Test func tooManyFieldsPointsAtTheFirstExtraField() throws {
        let result = try readCSV("a,b,c\n1,2,3,4,5\n6,7,8\n")
        let bad = try #require(result.malformed.first)
        #expect(bad.message == "expected 3 fields as in the header, found 5")
        #expect(bad.line == 2 && bad.column == 7)
        #expect(result.rows == [["6", "7", "8"]])
    }

    @Test func tooFewFieldsPointsAtTheLineEnd() throws {
        let result = try readCSV("a,b,c\n1,2\n6,7,8\n")
        let bad = try #require(result.malformed.first)
        #expect(bad.message == "expected 3 fields as in the header, found 2")
        #expect(bad.line == 2 && bad.column == 4)
        #expect(result.rows == [["6", "7", "8"]])
    }

    @Test func invalidUTF8PointsAtTheByte() throws {
        let bytes = Array("name,city\n".utf8) + Array("Jos".utf8) + [0xE9] + Array(",Paris\nAna,Lima\n".utf8)
        let result = try readCSV(bytes)
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 2 && bad.column == 4)
        #expect(bad.message.contains("UTF-8") && bad.message.contains("0xE9"))
        #expect(bad.raw == Array("Jos".utf8) + [0xE9] + Array(",Paris".utf8))
        #expect(result.rows == [["Ana", "Lima"]])
    }

    @Test func invalidUTF8OnALaterLineOfAQuotedField() throws {
        let bytes = Array("a,b\n1,\"x\r\ny".utf8) + [0xFF] + Array("z\"\n".utf8)
        let result = try readCSV(bytes)
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 3 && bad.column == 2)
    }

    @Test func incompleteUTF8SequenceBeforeADelimiter() throws {
        let bytes = Array("a,b\nab".utf8) + [0xC3] + Array(",2\n".utf8)
        let result = try readCSV(bytes)
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 2 && bad.column == 3)
    }

    @Test func overLongField() throws {
        let result = try readCSV("a,b\n1,123456\n2,12345\n", options: CSVOptions(maxFieldBytes: 5))
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 2 && bad.column == 3)
        #expect(bad.message.contains("at most 5 bytes"))
        #expect(result.rows == [["2", "12345"]])
    }

    @Test func overLongQuotedFieldIsSkippedWithoutKeepingIt() throws {
        let text = "a,b\n1,\"abcdefghij\nklmnopqrstuvwxyz\"\n2,3\n"
        let result = try readCSV(text, options: CSVOptions(maxFieldBytes: 8), bufferSize: 8)
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 2 && bad.column == 3)
        #expect(bad.message.contains("at most 8 bytes"))
        #expect(bad.raw.count < 20)
        #expect(result.rows == [["2", "3"]])
        #expect(result.rowLines == [4])
    }

    @Test func unclosedQuoteDoesNotPullTheRestOfTheFileIntoMemory() throws {
        var text = "a,b\n1,2\n3,\"never closed\n"
        for index in 0..<10_000 { text += "\(index),row\n" }
        let result = try readCSV(text, options: CSVOptions(maxFieldBytes: 64), bufferSize: 32)
        #expect(result.rows == [["1", "2"]])
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 3 && bad.column == 3)
        #expect(bad.raw.count < 200)
    }

    @Test func rowFarWiderThanTheHeaderIsSkippedWithoutKeepingIt() throws {
        let wide = (0..<1000).map(String.init).joined(separator: ",")
        let result = try readCSV("a,b\n\(wide)\n1,2\n", options: CSVOptions(maxFieldBytes: 4), bufferSize: 8)
        let bad = try #require(result.malformed.first)
        #expect(bad.message == "expected a row of at most 14 bytes, found a longer one")
        #expect(bad.line == 2 && bad.column == 15)
        #expect(bad.raw.count < 32)
        #expect(result.rows == [["1", "2"]])
    }

    @Test func firstProblemInTheRowIsReported() throws {
        let result = try readCSV("a,b,c\n1,a\"b,\"c\"d,e\n")
        let bad = try #require(result.malformed.first)
        #expect(bad.line == 2 && bad.column == 4)
        #expect(bad.message.contains("unquoted"))
    }

    @Test func messagesCarryNoCellValues() throws {
        let result = try readCSV("id,name\n1,Zel\"dovich\n2,\"Quist\"ov\n3\n")
        #expect(result.malformed.count == 3)
        for bad in result.malformed {
            #expect(!bad.message.contains("Zel") && !bad.message.contains("Quist") && !bad.message.contains("ov"))
        }
    }

    @Test func everyRowAfterMalformedRowsIsRead() throws {
        let result = try readCSV("a,b\n1\n\"x\"y,2\n3,4\n5,\"6\n")
        #expect(result.rows == [["3", "4"]])
        #expect(result.malformed.map(\.line) == [2, 3, 5])
        #expect(result.rowsRead == 4)
    }
}
