import BackboneCore
import Extract

/// Any bytes as an XML export with `R` records and a few field paths; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let reader = try XMLRecordReader(
            source: FuzzBytes(bytes), file: "fuzz.xml", recordElement: "R", fieldPaths: ["A", "B/@c", "D[E='1']/F"])
        while try reader.next() != nil {}
    } catch {}
    return 0
}

final class FuzzBytes: ByteSource {
    private var bytes: ArraySlice<UInt8>
    init(_ bytes: [UInt8]) { self.bytes = bytes[...] }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, bytes.count, 13)
        buffer.copyBytes(from: bytes.prefix(count))
        bytes = bytes.dropFirst(count)
        return count
    }
}
