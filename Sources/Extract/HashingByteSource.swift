import BackboneCore

/// A file's raw bytes (before any inflating) passed through unchanged and hashed as they go,
/// so extract can tell whether it read the same file the run hashed before it started.
final class HashingByteSource: ByteSource {
    private let base: ByteSource
    private var hasher = ContentHash.FileHasher()

    init(_ base: ByteSource) { self.base = base }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = try base.read(into: buffer)
        hasher.update(UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        return n
    }

    /// The digest of the whole file: what the readers left unread (after an XML root or a gzip
    /// stream ends) is read and hashed first.
    func digestOfWholeFile() throws -> ContentHash.FileDigest {
        var rest = [UInt8](repeating: 0, count: 1 << 16)
        while try rest.withUnsafeMutableBytes({ try read(into: $0) }) > 0 {}
        return hasher.finalize()
    }
}
