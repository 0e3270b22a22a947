import BackboneCore
import Testing
@testable import Extract

/// Every row, well-formed or not, knows where it is in the input, so it can be copied exactly.
@Suite("CSV reader: byte ranges of rows")
struct CSVByteRangeTests {
    @Test func wellFormedRowsSpanTheirBytesAsWrittenLineBreakExcluded() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("id,note\r\n1,\"a,\"\"b\"\"\r\nc\"\r\n\r\n2,x\r3,\n\n4,last".utf8)
        for bufferSize in [4, 7, 256 << 10] {
            for chunkSize in [1, 3, Int.max] {
                let result = try readCSV(bytes, bufferSize: bufferSize, chunkSize: chunkSize)
                #expect(result.rowBytes.map { String(decoding: bytes[$0], as: UTF8.self) }
                    == ["1,\"a,\"\"b\"\"\r\nc\"", "2,x", "3,", "4,last"])
            }
        }
    }

    @Test func malformedRowsSpanTheirBytesAsWritten() throws {
        let text = "a,b\n1,An\"a\r\n2\n3,\"open\n4,5\n"
        let result = try readCSV(text, bufferSize: 5, chunkSize: 2)
        #expect(result.malformed.map { String(decoding: Array(text.utf8)[$0.bytes], as: UTF8.self) }
            == ["1,An\"a", "2", "3,\"open\n4,5\n"])
        #expect(result.malformed.allSatisfy { Array(Array(text.utf8)[$0.bytes]) == $0.raw })
    }

    @Test func rowsTooLongToKeepStillSpanTheWholeRow() throws {
        let long = String(repeating: "z", count: 300)
        let text = "a,b\n1,\"\(long)\n\(long)\"\n2,3\n4,\(long)"
        let bytes = Array(text.utf8)
        let result = try readCSV(bytes, options: CSVOptions(maxFieldBytes: 16), bufferSize: 8, chunkSize: 5)
        // "1,\"" + 300 + "\n" + 300 + "\"" is 605 bytes.
        #expect(result.malformed.map(\.bytes) == [4..<(4 + 605), (bytes.count - 302)..<bytes.count])
        #expect(result.malformed.allSatisfy { $0.raw.count < $0.bytes.count })
        #expect(result.rowBytes.map { String(decoding: bytes[$0], as: UTF8.self) } == ["2,3"])
    }

    /// Rows and the line breaks (and blank lines) between them tile the input after the header.
    @Test(arguments: CSVStreamingTests.inputs.indices)
    func rowsAndLineBreaksCoverTheInputAfterTheHeader(input: Int) throws {
        let bytes = CSVStreamingTests.inputs[input]
        let result = try readCSV(bytes, bufferSize: 6, chunkSize: 4)
        let ranges = (result.rowBytes + result.malformed.map(\.bytes)).sorted { $0.lowerBound < $1.lowerBound }
        #expect(ranges.count == result.rowsRead)
        var end = try #require(ranges.first).lowerBound
        for range in ranges {
            #expect(range.lowerBound >= end)
            #expect(bytes[end..<range.lowerBound].allSatisfy { $0 == 0x0D || $0 == 0x0A }, "gap before \(range)")
            end = range.upperBound
        }
        #expect(bytes[end...].allSatisfy { $0 == 0x0D || $0 == 0x0A })
    }
}
