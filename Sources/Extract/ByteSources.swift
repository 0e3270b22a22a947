/// Opens a file for streaming, inflating it when it is gzip-compressed.
///
/// Compression is recognised by the gzip magic bytes `1f 8b`, not by the file name, so a
/// partner's `export.csv` that is really gzipped (or an `export.gz` that is not) reads right.
/// Throws a `Diagnostic` naming `path` when the file cannot be opened or read.
public func openByteSource(path: String, gzipLimits: GzipLimits = GzipLimits()) throws -> ByteSource {
    try openByteSource(FileByteSource(path: path), path: path, gzipLimits: gzipLimits)
}

/// The file `path` already opened as `file` (which may watch its raw bytes), inflated when gzipped.
func openByteSource(_ file: ByteSource, path: String, gzipLimits: GzipLimits) throws -> ByteSource {
    let prefix = try readPrefix(of: file, count: 2)
    let source = ReplayingByteSource(prefix: prefix, rest: file)
    guard prefix == [0x1F, 0x8B] else { return source }
    return try GzipByteSource(source: source, file: path, limits: gzipLimits)
}

/// Reads up to `count` bytes, fewer only at the end of the source.
private func readPrefix(of source: ByteSource, count: Int) throws -> [UInt8] {
    var prefix = [UInt8](repeating: 0, count: count)
    var filled = 0
    try prefix.withUnsafeMutableBytes { bytes in
        while filled < count {
            let n = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[filled...]))
            if n == 0 { break }
            filled += n
        }
    }
    return Array(prefix[..<filled])
}

/// Hands back bytes already read from a source (to sniff its format), then the rest of it.
private final class ReplayingByteSource: ByteSource {
    private var prefix: [UInt8]
    private let rest: ByteSource

    init(prefix: [UInt8], rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !prefix.isEmpty else { return try rest.read(into: buffer) }
        let count = min(prefix.count, buffer.count)
        buffer.copyBytes(from: prefix[..<count])
        prefix.removeFirst(count)
        return count
    }
}
