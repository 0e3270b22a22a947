import BackboneCore
import Extract
import Foundation

/// A private file written as a stream: created owner-only, filled through a buffer.
final class PrivateFileSink: ByteSink {
    let path: String
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private static let flushSize = 256 << 10

    init(path: String) throws {
        try PrivateFolder.writeFile(Data(), to: path)
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw InternalError("cannot write private file", at: SourceLocation(file: path))
        }
        self.path = path
        self.handle = handle
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        pending.append(contentsOf: bytes)
        if pending.count >= Self.flushSize { try flush() }
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        guard !pending.isEmpty else { return }
        do {
            try handle.write(contentsOf: pending)
        } catch {
            throw InternalError(
                "cannot write private file: \(FileErrorReason.of(error))", at: SourceLocation(file: path))
        }
        pending.removeAll(keepingCapacity: true)
    }
}

/// One rows file and its reasons file, in step: the rows a source set aside exactly as read,
/// after the header (CSV) or the document's opening (XML) they share, and one reason line
/// per row in the same order.
final class QuarantineFilePair {
    /// The header line or document opening every row here was read under.
    let opening: [UInt8]
    let rows: PrivateFileSink
    let reasons: PrivateFileSink
    /// CSV: the last row copied ended its file without a line break.
    var needsLineBreak = false
    /// XML: how the wrapping root element is closed; nil when the record is the document.
    let closing: [UInt8]?
    private(set) var rowCount = 0

    init(opening: [UInt8], closing: [UInt8]?, rowsPath: String, reasonsPath: String) throws {
        self.opening = opening
        self.closing = closing
        rows = try PrivateFileSink(path: rowsPath)
        reasons = try PrivateFileSink(path: reasonsPath)
        try rows.write(opening)
        try reasons.write(Array("file,line,record,column,reason\r\n".utf8))
    }

    /// Notes the reason line of the row just copied.
    func addReason(_ row: RejectedRow) throws {
        let location = row.location
        let cells = [
            location.file, location.line.map(String.init) ?? "", location.record.map(String.init) ?? "",
            location.column.map(String.init) ?? "", row.reason,
        ]
        try reasons.write(Array((CSVQuoting.row(cells) + "\r\n").utf8))
        rowCount += 1
    }

    func close() throws {
        if let closing { try rows.write(closing) }
        try rows.close()
        try reasons.close()
    }
}
