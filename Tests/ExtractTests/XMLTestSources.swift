import BackboneCore
import Extract
import Testing

/// Serves bytes held in memory a few at a time, so records, tags and texts cross read boundaries.
final class XMLPieceByteSource: ByteSource {
    private let bytes: [UInt8]
    private let pieceSize: Int
    private var offset = 0

    init(_ text: String, pieceSize: Int = 7) {
        bytes = Array(text.utf8)
        self.pieceSize = pieceSize
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(pieceSize, buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes[offset..<(offset + count)].withUnsafeBytes { buffer.copyMemory(from: $0) }
        offset += count
        return count
    }
}

/// Fails on its first read, like a truncated gzip stream would.
final class XMLFailingByteSource: ByteSource {
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        throw Diagnostic.error("corrupt compressed data", at: SourceLocation(file: "broken.xml.gz"))
    }
}

enum XMLTestReading {
    /// Every record of `xml`, read through 7-byte pieces.
    static func records(_ xml: String, record: String, paths: [String], pieceSize: Int = 7) throws -> [XMLRecord] {
        let reader = try XMLRecordReader(source: XMLPieceByteSource(xml, pieceSize: pieceSize), file: "test.xml",
                                         recordElement: record, fieldPaths: paths)
        var records: [XMLRecord] = []
        while let next = try reader.next() { records.append(next) }
        #expect(reader.recordsRead == records.count)
        return records
    }

    /// The diagnostic reading `xml` throws, and how many records were read before it.
    static func failure(_ xml: String, record: String = "R", paths: [String] = ["A"]) throws -> (Diagnostic, Int)? {
        let reader = try XMLRecordReader(source: XMLPieceByteSource(xml, pieceSize: 4096), file: "test.xml",
                                         recordElement: record, fieldPaths: paths)
        do {
            while try reader.next() != nil {}
        } catch let diagnostic as Diagnostic {
            #expect(try reader.next() == nil, "a reader stays finished after an error")
            return (diagnostic, reader.recordsRead)
        }
        Issue.record("expected the document to be refused")
        return nil
    }
}
