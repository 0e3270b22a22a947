import BackboneCore
import Extract
import Foundation

/// Keeps every row set aside in the private folder exactly as it was read, with its location
/// and reason, so a data manager can fix the rows and resend them. Record-level: owner-only,
/// never published.
///
/// For each source that set rows aside, `<source>.rows.csv` (or `.xml`) holds the rows byte
/// for byte in their original encoding: a CSV's header line then the rows, each with its own
/// line break; an XML document's opening (declaration, root start tag) then the records,
/// then the root's end tag. `<source>.reasons.csv` lists file, line, record, column and
/// reason for each row, in the same order (several reasons for one row are joined with
/// "; "). Rows come out in file order. The rows are copied from the source files, read again
/// as a stream (gzip included); rows of a file whose header (or XML opening) differs from the
/// first one's go to a further pair, `<source>.2.rows.csv` and `<source>.2.reasons.csv`.
public enum Quarantine {
    /// Replaces `directory/quarantine/` with the files of the sources that set rows aside:
    /// at extract (`ExtractedSource.rejected`) or later, by source id (rows that failed a
    /// validation rule, made with `ExtractedSource.rejection(ofRow:reason:)`). Returns the
    /// files written. Throws a `Diagnostic` when a source file cannot be read again or no
    /// longer holds the rows where they were read.
    @discardableResult
    public static func write(
        _ sources: [ExtractedSource], privateDirectory directory: String, rejectedLater: [String: [RejectedRow]] = [:]
    ) throws -> [String] {
        let folder = directory + "/quarantine"
        try PrivateFolder.create(directory)
        try? FileManager.default.removeItem(atPath: folder)
        try PrivateFolder.create(folder)
        var written: [String] = []
        for source in sources {
            let rows = source.rejected + (rejectedLater[source.config.id] ?? [])
            guard !rows.isEmpty else { continue }
            let pairs = try QuarantineWriter(source: source, folder: folder).write(rows)
            written += pairs.flatMap { [$0.rows.path, $0.reasons.path] }
        }
        return written
    }
}

/// Writes one source's rows and reasons files.
private struct QuarantineWriter {
    let source: ExtractedSource
    let folder: String
    private var pairs: [QuarantineFilePair] = []

    init(source: ExtractedSource, folder: String) {
        self.source = source
        self.folder = folder
    }

    consuming func write(_ rejected: [RejectedRow]) throws -> [QuarantineFilePair] {
        let rows = Self.merged(rejected)
        var start = 0
        while start < rows.count {
            let file = rows[start].span.file
            var end = start + 1
            while end < rows.count, rows[end].span.file == file { end += 1 }
            switch source.config.format {
            case .csv: try copyCSV(rows[start..<end], file: file)
            case .xml: try copyXML(rows[start..<end], file: file)
            }
            start = end
        }
        for pair in pairs { try pair.close() }
        return pairs
    }

    /// One entry per row, in file order; a row set aside for several reasons keeps them all.
    private static func merged(_ rejected: [RejectedRow]) -> [RejectedRow] {
        var byPlace: [RowOrigins.Span: Int] = [:]
        var rows: [RejectedRow] = []
        for row in rejected {
            if let index = byPlace[row.span] {
                if !rows[index].reason.components(separatedBy: "; ").contains(row.reason) {
                    rows[index].reason += "; " + row.reason
                }
            } else {
                byPlace[row.span] = rows.count
                rows.append(row)
            }
        }
        return rows.sorted { ($0.span.file, $0.span.position) < ($1.span.file, $1.span.position) }
    }

    private mutating func copyCSV(_ rows: ArraySlice<RejectedRow>, file: Int) throws {
        let copier = CSVRowCopier(source: try openByteSource(path: source.files[file]), file: name(of: file))
        let header = try copier.readHeader()
        let pair = try self.pair(opening: header, closing: nil)
        for row in rows {
            guard case .bytes(_, let offset, let length) = row.span else {
                preconditionFailure("a CSV row is set aside by its bytes")
            }
            if pair.needsLineBreak { try pair.rows.write(Self.lineBreak(ending: header)) }
            pair.needsLineBreak = try !copier.copyRow(offset: offset, length: length, to: pair.rows)
            try pair.addReason(row)
        }
    }

    private mutating func copyXML(_ rows: ArraySlice<RejectedRow>, file: Int) throws {
        let path = source.files[file]
        let numbers = rows.map { row in
            guard case .record(_, let number) = row.span else {
                preconditionFailure("an XML row is set aside by its record")
            }
            return number
        }
        let layout = try XMLRecordLocator.locate(
            records: numbers, recordElement: source.config.recordElement ?? "", in: try openByteSource(path: path),
            file: name(of: file))
        let reader = ByteRangeReader(source: try openByteSource(path: path), file: name(of: file))
        let opening = try reader.bytes(offset: 0, length: layout.prologLength)
        let closing = layout.rootName.map { Array("\n</".utf8) + $0 + Array(">\n".utf8) }
        for (row, range) in zip(rows, layout.records) {
            let pair = try self.pair(opening: opening, closing: closing)
            if closing != nil { try pair.rows.write(Array("\n".utf8)) }
            try reader.copy(offset: range.lowerBound, length: range.count, to: pair.rows)
            try pair.addReason(row)
        }
    }

    /// The pair for rows read under `opening`, started when there is none yet (or, when the
    /// record is the whole document, when the one there already holds its record).
    private mutating func pair(opening: [UInt8], closing: [UInt8]?) throws -> QuarantineFilePair {
        let isDocument = source.config.format == .xml && closing == nil
        if let existing = pairs.first(where: { $0.opening == opening && !(isDocument && $0.rowCount > 0) }) {
            return existing
        }
        let prefix = folder + "/" + source.config.id + (pairs.isEmpty ? "" : ".\(pairs.count + 1)")
        let pair = try QuarantineFilePair(
            opening: opening, closing: closing, rowsPath: prefix + ".rows." + source.config.format.rawValue,
            reasonsPath: prefix + ".reasons.csv")
        pairs.append(pair)
        return pair
    }

    private func name(of file: Int) -> String {
        source.table.origins.files[file]
    }

    /// The CR, LF or CRLF that ends a header line (LF if it has none).
    private static func lineBreak(ending header: [UInt8]) -> [UInt8] {
        let lineFeed = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        if header.last == lineFeed {
            return header.dropLast().last == carriageReturn ? [carriageReturn, lineFeed] : [lineFeed]
        }
        return header.last == carriageReturn ? [carriageReturn] : [lineFeed]
    }
}

extension RowOrigins.Span {
    fileprivate var file: Int {
        switch self {
        case .bytes(let file, _, _), .record(let file, _): return file
        }
    }

    /// Orders rows within a file: byte offset or record number, both in file order.
    fileprivate var position: Int {
        switch self {
        case .bytes(_, let offset, _): return offset
        case .record(_, let number): return number
        }
    }
}
