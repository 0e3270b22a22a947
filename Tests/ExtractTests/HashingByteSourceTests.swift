import BackboneCore
@testable import Extract
import Testing

/// A reader may stop before the end of its file (after the XML root, after a gzip stream); the
/// digest compared with the run's hash must still cover every byte, or every such run would
/// look like an export changed while it was read.
@Suite struct HashingByteSourceTests {
    @Test func theDigestCoversWhatTheReaderLeftUnread() throws {
        let text = String(repeating: "0123456789", count: 20_000)
        let source = HashingByteSource(XMLPieceByteSource(text, pieceSize: 4096))
        var buffer = [UInt8](repeating: 0, count: 1000)
        let first = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
        #expect(first == 1000 && buffer == Array(text.utf8.prefix(1000)))
        let whole = ContentHash.FileDigest(bytes: text.utf8.count, sha256: ContentHash.sha256(Array(text.utf8)))
        #expect(try source.digestOfWholeFile() == whole)
    }
}
