import BackboneCore

/// Reads a file again, forward, by position in its (decompressed) byte stream, to copy parts
/// of it exactly as they were first read: the rows a source set aside, say.
///
/// Positions only ascend; skipped bytes are read and dropped, so a gzipped file works like a
/// plain one and memory stays one buffer whatever the file's size.
public final class ByteRangeReader {
    private let source: ByteSource
    private let file: String
    private let buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var ended = false
    /// The stream offset of the next byte to read.
    public private(set) var position = 0

    /// `file` names the file in diagnostics.
    public init(source: ByteSource, file: String, bufferSize: Int = 64 << 10) {
        self.source = source
        self.file = file
        buffer = .allocate(byteCount: max(bufferSize, 1), alignment: 1)
    }

    deinit { buffer.deallocate() }

    /// Skips to `offset` (at or after `position`) and copies the `length` bytes there to `sink`.
    /// Throws a `Diagnostic` when the stream ends first: the file changed since it was read.
    public func copy(offset: Int, length: Int, to sink: ByteSink) throws {
        try skip(to: offset)
        var remaining = length
        while remaining > 0 {
            guard try fill() else { throw changed(expecting: offset + length) }
            let count = min(remaining, end - start)
            try sink.write(UnsafeRawBufferPointer(rebasing: buffer[start..<(start + count)]))
            consume(count)
            remaining -= count
        }
    }

    /// The `length` bytes at `offset` (at or after `position`), for small parts such as a header.
    public func bytes(offset: Int, length: Int) throws -> [UInt8] {
        let collector = ByteCollector()
        try copy(offset: offset, length: length, to: collector)
        return collector.bytes
    }

    /// The next byte without reading past it, or nil at the end of the stream.
    func peek() throws -> UInt8? {
        guard try fill() else { return nil }
        return buffer[start]
    }

    /// Reads the next byte, or nil at the end of the stream.
    func next() throws -> UInt8? {
        guard try fill() else { return nil }
        let byte = buffer[start]
        consume(1)
        return byte
    }

    private func skip(to offset: Int) throws {
        precondition(offset >= position, "byte ranges are read in ascending order")
        while position < offset {
            guard try fill() else { throw changed(expecting: offset) }
            consume(min(offset - position, end - start))
        }
    }

    @inline(__always)
    private func consume(_ count: Int) {
        start += count
        position += count
    }

    /// Makes at least one byte available; false at the end of the stream.
    @inline(__always)
    private func fill() throws -> Bool {
        if start < end { return true }
        if ended { return false }
        start = 0
        end = try source.read(into: buffer)
        ended = end == 0
        return !ended
    }

    private func changed(expecting offset: Int) -> Diagnostic {
        Diagnostic.error(
            "expected the file to hold at least \(offset) bytes as when it was read, found \(position): "
                + "it changed since",
            at: SourceLocation(file: file))
    }
}

/// Keeps what is written in memory: for the few bytes of a header or a root tag.
final class ByteCollector: ByteSink {
    private(set) var bytes: [UInt8] = []

    func write(_ chunk: UnsafeRawBufferPointer) throws {
        bytes.append(contentsOf: chunk)
    }
}
