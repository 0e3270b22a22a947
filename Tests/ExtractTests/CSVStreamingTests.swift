import BackboneCore
import Testing
@testable import Extract

@Suite("CSV reader: streaming through small buffers")
struct CSVStreamingTests {
    static let inputs: [[UInt8]] = [
        Array("id,name,note\r\n1,\"Rivera, Ana\",\"said \"\"hi\"\"\r\nthen left\"\r\n2,Ben,\r\n\r\n3,,x\r\n".utf8),
        Array("a,b\r1,2\r\r3,\"4\r5\"\r".utf8),
        [0xEF, 0xBB, 0xBF] + Array("name,city\nJosé,Zürich\n\"Zoë\",😀\n".utf8),
        Array("a,b\n1,An\"a\n\"x\"y,2\n3\n4,5\n6,\"open\n7,8\n".utf8),
        Array("a,b\n1,\"\"\"\"\"\"\n\"\",\"\"\n".utf8),
        Array("h\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 5000) + Array("\n\"".utf8)
            + Array(repeating: UInt8(ascii: "y"), count: 3000) + Array("\"\n".utf8),
    ]

    @Test(arguments: inputs.indices)
    func tinyBuffersReadExactlyWhatOneLargeBufferReads(input: Int) throws {
        let bytes = Self.inputs[input]
        let expected = try readCSV(bytes)
        for bufferSize in 4...12 {
            for chunkSize in [1, 3, Int.max] {
                let result = try readCSV(bytes, bufferSize: bufferSize, chunkSize: chunkSize)
                #expect(result == expected, "buffer \(bufferSize), chunks of \(chunkSize)")
            }
        }
    }

    @Test func carriageReturnLineFeedSplitAcrossRefillsCountsOneLine() throws {
        let result = try readCSV("ab,c\r\n1,2\r\n\"3\r\n\",4\r\n5,6\r\n", bufferSize: 4, chunkSize: 1)
        #expect(result.rows == [["1", "2"], ["3\r\n", "4"], ["5", "6"]])
        #expect(result.rowLines == [2, 3, 5])
    }

    @Test func fieldLongerThanTheBufferGrowsIt() throws {
        let long = String(repeating: "z", count: 100_000)
        let result = try readCSV("a,b\n1,\(long)\n2,\"\(long)\"\n", bufferSize: 16)
        #expect(result.rows == [["1", long], ["2", long]])
    }
}
