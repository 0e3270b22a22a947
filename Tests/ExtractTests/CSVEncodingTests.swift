import BackboneCore
import Testing
@testable import Extract

@Suite("CSV reader: encodings")
struct CSVEncodingTests {
    @Test func windows1252CurlyQuotesAndAccents() throws {
        let bytes = Array("name,note\n".utf8) + [0x93] + Array("Hi".utf8) + [0x94, 0x2C] + Array("Ren".utf8) + [0xE9, 0x0A]
        let result = try readCSV(bytes, options: CSVOptions(encoding: .windows1252))
        #expect(result.rows == [["\u{201C}Hi\u{201D}", "René"]])
        #expect(result.malformed.isEmpty)
    }

    @Test func windows1252TableFrom0x80To0x9F() throws {
        let bytes = Array("x\n".utf8) + Array(0x80...0x9F) + [0x0A]
        let result = try readCSV(bytes, options: CSVOptions(encoding: .windows1252))
        let expected = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ"
        #expect(result.rows == [[expected]])
    }

    @Test func windows1252UpperHalfIsLatin1() throws {
        let bytes = Array("x\n".utf8) + [0xA0, 0xC7, 0xF1, 0xFF, 0x0A]
        let result = try readCSV(bytes, options: CSVOptions(encoding: .windows1252))
        #expect(result.rows == [["\u{A0}Çñÿ"]])
    }

    @Test func latin1MapsEveryByteToTheSameCodePoint() throws {
        let bytes = Array("x,y\n".utf8) + [0xE9, 0x2C, 0x93, 0xFF, 0x0A]
        let result = try readCSV(bytes, options: CSVOptions(encoding: .latin1))
        #expect(result.rows == [["é", "\u{93}ÿ"]])
    }

    @Test func transcodedHeaderAndDoubledQuotes() throws {
        let bytes = Array("\"Pr".utf8) + [0xE9] + Array("nom\",b\n\"Ren".utf8) + [0xE9] + Array(" \"\"Q\"\"\",2\n".utf8)
        let result = try readCSV(bytes, options: CSVOptions(encoding: .windows1252))
        #expect(result.header == ["Prénom", "b"])
        #expect(result.rows == [["René \"Q\"", "2"]])
    }

    @Test func bytesInvalidAsUTF8ReadFineWhenDeclaredLatin1() throws {
        let bytes = Array("a\n".utf8) + [0xC3, 0x28, 0x0A]
        #expect(try readCSV(bytes).malformed.count == 1)
        #expect(try readCSV(bytes, options: CSVOptions(encoding: .latin1)).rows == [["Ã("]])
    }

    @Test func byteOrderMarkInAFileDeclaredWindows1252IsRefused() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\n1\n".utf8)
        #expect(throws: Diagnostic.self) { try readCSV(bytes, options: CSVOptions(encoding: .windows1252)) }
    }

    @Test(arguments: [
        ([0x41], nil), ([0xC3, 0xA9], nil), ([0xE2, 0x80, 0x9C], nil), ([0xF0, 0x9F, 0x98, 0x80], nil),
        ([0x41, 0x80], 1), ([0xC0, 0x80], 0), ([0xE0, 0x80, 0x80], 0), ([0xED, 0xA0, 0x80], 0),
        ([0xF4, 0x90, 0x80, 0x80], 0), ([0xF5, 0x80, 0x80, 0x80], 0), ([0x41, 0xE2, 0x80], 1), ([0xE2, 0x41, 0x80], 0),
    ] as [([UInt8], Int?)])
    func utf8Validation(bytes: [UInt8], invalidAt: Int?) {
        let found = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidIndex(in: $0) }
        #expect(found == invalidAt)
    }
}
