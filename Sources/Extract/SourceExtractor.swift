import BackboneCore
import Foundation

/// Reads one source's files and maps them onto its canonical table.
public enum SourceExtractor {
    /// - Parameters:
    ///   - baseDirectory: the pipeline file's folder; the source's path is relative to it.
    ///   - displayBase: files are named from this folder in every location (`..` where needed).
    public static func extract(_ source: SourceConfig, baseDirectory: String, displayBase: String) throws -> ExtractedSource {
        let files = try SourceFiles.resolve(source.path, against: baseDirectory, location: source.pathLocation ?? source.location)
        let parts = try files.indices.map { try extractFile($0, of: files, source: source, displayBase: displayBase) }
        return assemble(source, files: files, parts: parts)
    }

    /// What one file of a source gave; a source's files can be read in parallel and assembled.
    public struct FilePart: Sendable {
        let table: Table
        let rowsRead: Int
        let bytes: Int
        let rejected: [RejectedRow]
        let problems: [ValueProblems]
        /// The file's size and SHA-256 as read (before inflating), to compare with its hash
        /// from before extract: a file still being written changes in between.
        public let digest: ContentHash.FileDigest
    }

    /// Reads file `index` of a source's `files` on its own.
    public static func extractFile(_ index: Int, of files: [String], source: SourceConfig, displayBase: String) throws -> FilePart {
        let display = FilePath.walk(to: files[index], from: displayBase)
        do {
            return try readFile(index, of: files, source: source, display: display)
        } catch var diagnostic as Diagnostic where diagnostic.location?.file == files[index] {
            // Opening, reading and inflating name the file by its absolute path; locations name it as the run does.
            diagnostic.location?.file = display
            throw diagnostic
        }
    }

    private static func readFile(_ index: Int, of files: [String], source: SourceConfig, display: String) throws -> FilePart {
        var assembler = try RowAssembler(source: source, unit: source.format == .csv ? .line : .record)
        try checkSize(of: files[index], display: display, limits: source.limits)
        let file = HashingByteSource(try FileByteSource(path: files[index]))
        let counting = CountingByteSource(
            try openByteSource(file, path: files[index], gzipLimits: GzipLimits(maxOutputBytes: source.limits.maxInflatedBytes)))
        assembler.beginFile(display)
        let place = FilePlace(index: index, name: display)
        let rowsRead: Int
        switch source.format {
        case .csv: rowsRead = try readCSV(source, from: counting, file: place, into: &assembler)
        case .xml: rowsRead = try readXML(source, from: counting, file: place, into: &assembler)
        }
        return FilePart(
            table: assembler.builder.build(), rowsRead: rowsRead, bytes: counting.count, rejected: assembler.rejected,
            problems: assembler.problems(), digest: try file.digestOfWholeFile())
    }

    /// A file larger than `limits: max_file_size` is not opened.
    private static func checkSize(of path: String, display: String, limits: ExtractLimits) throws {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > limits.maxFileBytes
        else { return }
        throw Diagnostic.error(
            "the file is \(size) bytes, more than \(limits.maxFileBytes), the limit 'limits: max_file_size'; "
                + "raise it if the export really is this large", at: SourceLocation(file: display))
    }

    /// The source as one pass over its files in order would have read it.
    public static func assemble(_ source: SourceConfig, files: [String], parts: [FilePart]) -> ExtractedSource {
        var problems: [String: ValueProblems] = [:]
        for part in parts {
            for problem in part.problems {
                guard var merged = problems[problem.field] else {
                    problems[problem.field] = problem
                    continue
                }
                merged.count += problem.count
                merged.examples = Array((merged.examples + problem.examples).prefix(RowAssembler.examplesKept))
                problems[problem.field] = merged
            }
        }
        return ExtractedSource(
            config: source, files: files, bytesRead: parts.reduce(0) { $0 + $1.bytes },
            table: Table.concatenating(parts.map(\.table)), rowsRead: parts.reduce(0) { $0 + $1.rowsRead },
            rejected: parts.flatMap(\.rejected), valueProblems: problems.values.sorted { $0.field < $1.field })
    }

    /// A file being read: its index in the source's files and its name in locations.
    private struct FilePlace {
        var index: Int
        var name: String
    }

    private static func readCSV(
        _ source: SourceConfig, from input: ByteSource, file: FilePlace, into assembler: inout RowAssembler
    ) throws -> Int {
        let reader = try CSVReader(
            source: input, file: file.name,
            options: CSVOptions(delimiter: source.delimiter, encoding: source.encoding, maxFieldBytes: source.limits.maxFieldBytes))
        let normalizedHeader = reader.header.map(CSVHeader.normalize)
        var columnIndex: [Int] = []
        for mapping in source.fields {
            guard case .column(let name) = mapping.origin else { columnIndex.append(-1); continue }
            guard let index = normalizedHeader.firstIndex(of: CSVHeader.normalize(name)) else {
                throw Diagnostic.error(
                    "column '\(name)' for field '\(mapping.field)' is not in the header of \(file.name); the header has: "
                        + reader.header.joined(separator: ", "),
                    at: SourceLocation(file: file.name, line: 1))
            }
            if let repeated = normalizedHeader[(index + 1)...].firstIndex(of: normalizedHeader[index]) {
                throw Diagnostic.error(
                    "column '\(name)' for field '\(mapping.field)' appears twice in the header of \(file.name) "
                        + "(columns \(index + 1) and \(repeated + 1)); expected one column of that name",
                    at: SourceLocation(file: file.name, line: 1))
            }
            columnIndex.append(index)
        }
        var rows = 0
        func countRow(_ line: Int) throws {
            rows += 1
            if rows > source.limits.maxRows { throw source.limits.tooManyRows(line, in: file.name) }
        }
        try reader.read(
            row: { row in
                try countRow(row.line)
                assembler.add(
                    origin: row.line, location: SourceLocation(file: file.name, line: row.line),
                    span: .bytes(file: file.index, offset: row.byteOffset, length: row.byteLength),
                    raw: { i in columnIndex[i] < 0 ? nil : row.bytes(columnIndex[i]) })
            },
            malformed: { bad in
                try countRow(bad.location.line ?? 0)
                assembler.reject(
                    RejectedRow(
                        location: bad.location, reason: bad.message,
                        span: .bytes(file: file.index, offset: bad.byteOffset, length: bad.byteLength)))
            })
        return reader.rowsRead
    }

    private static func readXML(
        _ source: SourceConfig, from input: ByteSource, file: FilePlace, into assembler: inout RowAssembler
    ) throws -> Int {
        var paths: [String] = []
        var pathIndex: [Int] = []
        for mapping in source.fields {
            if case .path(let path) = mapping.origin {
                pathIndex.append(paths.count)
                paths.append(path)
            } else {
                pathIndex.append(-1)
            }
        }
        let reader = try XMLRecordReader(
            source: input, file: file.name, recordElement: source.recordElement ?? "", fieldPaths: paths)
        while let record = try reader.next() {
            if reader.recordsRead > source.limits.maxRows { throw source.limits.tooManyRows(record.line, in: file.name) }
            assembler.add(
                origin: record.number,
                location: SourceLocation(file: file.name, line: record.line, record: record.number, path: source.recordElement),
                span: .record(file: file.index, number: record.number),
                text: { i in pathIndex[i] < 0 ? nil : record.values[pathIndex[i]] })
        }
        return reader.recordsRead
    }
}

/// Counts the bytes extracted (after decompression), for throughput figures.
public final class CountingByteSource: ByteSource {
    private let base: ByteSource
    public private(set) var count = 0

    public init(_ base: ByteSource) { self.base = base }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = try base.read(into: buffer)
        count += n
        return n
    }
}
