import BackboneCore
import CZlib

/// Bounds on how far a gzip stream may inflate, so a small hostile or broken upload
/// (a "gzip bomb") cannot fill the disk or memory of the nightly run.
public struct GzipLimits: Sendable {
    /// The most decompressed bytes one stream may produce.
    public var maxOutputBytes: Int
    /// The most decompressed bytes per compressed byte, checked once `ratioGraceBytes` are out.
    public var maxRatio: Int
    /// Output below this size is never refused for its ratio (tiny files compress absurdly well).
    public var ratioGraceBytes: Int

    public init(maxOutputBytes: Int = 8 << 30, maxRatio: Int = 1000, ratioGraceBytes: Int = 1 << 20) {
        self.maxOutputBytes = maxOutputBytes
        self.maxRatio = maxRatio
        self.ratioGraceBytes = ratioGraceBytes
    }
}

/// Inflates a gzip (or zlib) stream read from another source, member after member.
///
/// Concatenated members (as written by `cat a.gz b.gz` or parallel gzip tools) read as one
/// stream. A truncated or corrupt stream, or one that breaks `GzipLimits`, throws a
/// `Diagnostic` naming the file.
public final class GzipByteSource: ByteSource {
    private let source: ByteSource
    private let file: String
    private let limits: GzipLimits
    private var stream = z_stream()
    private let input: UnsafeMutablePointer<UInt8>
    private let inputCapacity: Int
    private var inputEnded = false
    /// Inside a member: its header has begun and its trailer has not yet been read.
    private var inMember = false
    private var membersFinished = 0
    private var finished = false
    private var totalIn = 0
    private var totalOut = 0

    /// - Parameters:
    ///   - source: The compressed bytes.
    ///   - file: The file named in diagnostics.
    public init(source: ByteSource, file: String, limits: GzipLimits = GzipLimits(), inputBufferSize: Int = 64 << 10) throws {
        self.source = source
        self.file = file
        self.limits = limits
        self.inputCapacity = max(inputBufferSize, 1)
        self.input = .allocate(capacity: inputCapacity)
        // 15 + 32: the largest window, with the gzip or zlib header detected automatically.
        let status = czlib_inflate_init2(&stream, 15 + 32)
        guard status == Z_OK else {
            input.deallocate()
            throw Diagnostic.error("cannot start gzip decompression (zlib status \(status))", at: SourceLocation(file: file))
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self), buffer.count > 0, !finished else { return 0 }
        while true {
            if stream.avail_in == 0 {
                guard try refillInput() else { return try finishAtEndOfInput() }
            }
            if !inMember {
                inflateReset(&stream)
                inMember = true
            }
            let capacity = min(buffer.count, Int(UInt32.max))
            stream.next_out = base
            stream.avail_out = UInt32(capacity)
            let availableBefore = Int(stream.avail_in)
            let status = inflate(&stream, Z_NO_FLUSH)
            totalIn += availableBefore - Int(stream.avail_in)
            let produced = capacity - Int(stream.avail_out)
            totalOut += produced
            switch status {
            case Z_OK, Z_BUF_ERROR:
                break
            case Z_STREAM_END:
                inMember = false
                membersFinished += 1
            case Z_NEED_DICT, Z_DATA_ERROR:
                throw failure("gzip stream is corrupt: \(zlibMessage ?? "invalid compressed data")")
            case Z_MEM_ERROR:
                throw failure("gzip decompression ran out of memory")
            default:
                throw failure("gzip decompression failed (zlib status \(status))")
            }
            try checkLimits()
            if produced > 0 { return produced }
        }
    }

    /// Reads more compressed bytes; false at the end of the underlying source.
    private func refillInput() throws -> Bool {
        guard !inputEnded else { return false }
        let count = try source.read(into: UnsafeMutableRawBufferPointer(start: input, count: inputCapacity))
        guard count > 0 else {
            inputEnded = true
            return false
        }
        stream.next_in = input
        stream.avail_in = UInt32(count)
        return true
    }

    private func finishAtEndOfInput() throws -> Int {
        if inMember {
            throw failure("gzip stream truncated: expected more compressed data, found end of file")
        }
        if membersFinished == 0 {
            throw failure("gzip stream is empty: expected a gzip header, found end of file")
        }
        finished = true
        return 0
    }

    private func checkLimits() throws {
        if totalOut > limits.maxOutputBytes {
            throw failure("gzip stream inflates to more than \(limits.maxOutputBytes) bytes, the limit; refusing to read further")
        }
        if totalOut > limits.ratioGraceBytes, totalOut / max(totalIn, 1) > limits.maxRatio {
            throw failure(
                "gzip stream inflates more than \(limits.maxRatio) times its compressed size "
                    + "(\(totalOut) bytes from \(totalIn)); refusing it as a likely gzip bomb")
        }
    }

    private var zlibMessage: String? {
        stream.msg.map { String(cString: $0) }
    }

    private func failure(_ message: String) -> Diagnostic {
        finished = true
        return Diagnostic.error(message, at: SourceLocation(file: file))
    }
}
