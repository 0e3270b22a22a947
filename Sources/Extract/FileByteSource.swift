import Glibc
import BackboneCore

/// Reads a file in chunks through a POSIX descriptor.
public final class FileByteSource: ByteSource {
    private let descriptor: Int32
    public let path: String

    /// Throws a diagnostic naming the file when it cannot be opened.
    public init(path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw Diagnostic.error("cannot open file: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
        self.descriptor = fd
        self.path = path
    }

    deinit { close(descriptor) }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let n = Glibc.read(descriptor, base, buffer.count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw Diagnostic.error("read failed: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
    }
}
