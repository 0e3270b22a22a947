/// A stream of bytes read in chunks: a plain file, or a gzip stream being inflated.
///
/// Readers (CSV, XML) pull from it, so no export is ever held whole in memory.
public protocol ByteSource: AnyObject {
    /// Fills the front of `buffer` and returns how many bytes were written; 0 means the end.
    /// Throws a `Diagnostic` naming the file on an I/O error or corrupt compressed data.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}
