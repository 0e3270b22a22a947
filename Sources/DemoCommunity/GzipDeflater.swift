import CZlib
import Dispatch
import Glibc

/// A gzip stream over zlib's deflate. The header carries no file name and no time, so the
/// same input always gives the same bytes.
final class GzipDeflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private var output = [UInt8](repeating: 0, count: 1 << 16)

    init() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 window bits + 16 asks zlib for a gzip wrapper; level 3 compresses these
        // repetitive exports three times faster than the default 6, for a third more bytes.
        let status = czlib_deflate_init2(stream, 3, 15 + 16)
        precondition(status == Z_OK, "zlib could not start a gzip stream")
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `input`; at `final`, ends the stream. Each compressed chunk goes to `sink`.
    func compress(_ input: UnsafeBufferPointer<UInt8>, final: Bool, sink: (UnsafeBufferPointer<UInt8>) -> Void) {
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.pointee.avail_in = UInt32(input.count)
        let flush = final ? Z_FINISH : Z_NO_FLUSH
        output.withUnsafeMutableBufferPointer { out in
            while true {
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = UInt32(out.count)
                let status = deflate(stream, flush)
                precondition(status != Z_STREAM_ERROR, "zlib stream state was corrupted")
                let produced = out.count - Int(stream.pointee.avail_out)
                if produced > 0 { sink(UnsafeBufferPointer(rebasing: out[0..<produced])) }
                if final ? status == Z_STREAM_END : stream.pointee.avail_out != 0 { break }
            }
        }
    }
}

/// Gzips a file's chunks on a serial queue of its own, so compression runs beside the
/// generator on another core; chunks are compressed and written in the order given.
final class BackgroundGzipWriter: @unchecked Sendable {
    // Invariant: `deflater` and `handle` are used only on `queue` once the writer is built.
    private let queue: DispatchQueue
    private let deflater = GzipDeflater()
    private let handle: UnsafeMutablePointer<FILE>
    /// Bounds the chunks waiting, so a fast producer cannot pile up memory.
    private let slots = DispatchSemaphore(value: 8)

    init(handle: UnsafeMutablePointer<FILE>, label: String) {
        self.handle = handle
        queue = DispatchQueue(label: "gzip " + label)
    }

    func submit(_ chunk: [UInt8], final: Bool) {
        slots.wait()
        queue.async { [self] in
            chunk.withUnsafeBufferPointer { input in
                deflater.compress(input, final: final) { output in _ = fwrite(output.baseAddress, 1, output.count, handle) }
            }
            slots.signal()
        }
    }

    /// Waits until every submitted chunk is on disk.
    func wait() {
        queue.sync {}
    }
}
