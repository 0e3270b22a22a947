import BackboneCore
import Testing
@testable import Extract

/// Bytes in memory handed out at most `chunkSize` at a time, as a slow pipe would.
final class MemoryByteSource: ByteSource {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var position = 0

    init(_ bytes: [UInt8], chunkSize: Int = .max) {
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    convenience init(_ text: String, chunkSize: Int = .max) {
        self.init(Array(text.utf8), chunkSize: chunkSize)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, chunkSize, bytes.count - position)
        buffer.copyBytes(from: bytes[position..<position + count])
        position += count
        return count
    }
}

/// Everything a reader reported for one input, in plain values tests can compare.
struct CSVReadResult: Equatable {
    var header: [String]
    var rows: [[String]] = []
    var rowLines: [Int] = []
    /// Where each well-formed row is in the input, line break excluded.
    var rowBytes: [Range<Int>] = []
    var malformed: [Malformed] = []
    var rowsRead = 0

    struct Malformed: Equatable {
        var line: Int?
        var column: Int?
        var message: String
        var raw: [UInt8]
        var bytes: Range<Int>
    }
}

/// Reads `bytes` to the end with a given buffer size and source chunk size.
func readCSV(
    _ bytes: [UInt8], options: CSVOptions = CSVOptions(), bufferSize: Int = 256 << 10, chunkSize: Int = .max
) throws -> CSVReadResult {
    let reader = try CSVReader(
        source: MemoryByteSource(bytes, chunkSize: chunkSize), file: "test.csv", options: options, bufferSize: bufferSize)
    var result = CSVReadResult(header: reader.header)
    try reader.read(
        row: { row in
            result.rows.append((0..<row.count).map(row.string))
            result.rowLines.append(row.line)
            result.rowBytes.append(row.byteOffset..<(row.byteOffset + row.byteLength))
        },
        malformed: { bad in
            #expect(bad.location.file == "test.csv")
            result.malformed.append(
                .init(
                    line: bad.location.line, column: bad.location.column, message: bad.message, raw: bad.raw,
                    bytes: bad.byteOffset..<(bad.byteOffset + bad.byteLength)))
        })
    result.rowsRead = reader.rowsRead
    return result
}

func readCSV(
    _ text: String, options: CSVOptions = CSVOptions(), bufferSize: Int = 256 << 10, chunkSize: Int = .max
) throws -> CSVReadResult {
    try readCSV(Array(text.utf8), options: options, bufferSize: bufferSize, chunkSize: chunkSize)
}
