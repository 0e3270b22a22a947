import BackboneCore
import Extract

/// Any bytes as a CSV export: rows and malformed rows, or a diagnostic; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The first byte picks the encoding and a small field limit, so those paths are reached too.
    let encoding: TextEncoding = bytes.first.map { $0 % 3 == 0 ? .utf8 : $0 % 3 == 1 ? .windows1252 : .latin1 } ?? .utf8
    let options = CSVOptions(encoding: encoding, maxFieldBytes: 64)
    do {
        let reader = try CSVReader(source: FuzzBytes(Array(bytes.dropFirst())), file: "fuzz.csv", options: options)
        try reader.read(row: { row in _ = (0..<row.count).map(row.string) }, malformed: { _ in })
    } catch {}
    return 0
}

/// Bytes held in memory, handed out in small chunks so refills are exercised.
final class FuzzBytes: ByteSource {
    private var bytes: ArraySlice<UInt8>
    init(_ bytes: [UInt8]) { self.bytes = bytes[...] }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count, 7)
        buffer.copyBytes(from: bytes.prefix(count))
        bytes = bytes.dropFirst(count)
        return count
    }
}
