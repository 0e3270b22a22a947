import BackboneCore

/// The stage cache's form of an extracted source: what extract read, without the settings and
/// paths, which the reading run supplies (a checkout that moved names its files anew).
extension ExtractedSource {
    public func encode(to writer: inout BinaryWriter) {
        let names = table.origins.files
        func write(_ location: SourceLocation) {
            location.encode(to: &writer, fileNumber: names.firstIndex(of: location.file))
        }
        writer.write(bytesRead)
        writer.write(rowsRead)
        table.encode(to: &writer)
        writer.write(rejected.count)
        for row in rejected {
            write(row.location)
            writer.write(row.reason)
            switch row.span {
            case .bytes(let file, let offset, let length):
                writer.write(UInt8(0))
                writer.write(file)
                writer.write(offset)
                writer.write(length)
            case .record(let file, let number):
                writer.write(UInt8(1))
                writer.write(file)
                writer.write(number)
            }
        }
        writer.write(valueProblems.count)
        for problem in valueProblems {
            writer.write(problem.field)
            writer.write(problem.count)
            writer.write(problem.examples.count)
            for example in problem.examples {
                writer.write(example.severity == .error)
                writer.write(example.message)
                writer.write(example.location != nil)
                example.location.map(write)
            }
        }
    }

    /// - Parameters:
    ///   - files: the source's files as this run reads them, absolute.
    ///   - names: the same files as this run names them in locations.
    public init(from reader: inout BinaryReader, config: SourceConfig, files: [String], names: [String]) throws {
        let bytesRead = try reader.readCount()
        let rowsRead = try reader.readCount()
        let stored = try Table(from: &reader)
        guard stored.origins.files.count == names.count else {
            throw BinaryReader.Damaged(description: "\(stored.origins.files.count) files read, \(names.count) named")
        }
        let table = Table(name: stored.name, columns: stored.columns, origins: stored.origins.renamingFiles(names))
        var rejected: [RejectedRow] = []
        for _ in 0..<(try reader.readCount()) {
            let location = try SourceLocation(from: &reader, files: names)
            let reason = try reader.readString()
            let span: RowOrigins.Span
            switch try reader.read(UInt8.self) {
            case 0: span = .bytes(file: try reader.readCount(), offset: try reader.readCount(), length: try reader.readCount())
            case 1: span = .record(file: try reader.readCount(), number: try reader.readCount())
            default: throw BinaryReader.Damaged(description: "an unknown kind of row span")
            }
            rejected.append(RejectedRow(location: location, reason: reason, span: span))
        }
        var problems: [ValueProblems] = []
        for _ in 0..<(try reader.readCount()) {
            let field = try reader.readString()
            let count = try reader.readCount()
            var examples: [Diagnostic] = []
            for _ in 0..<(try reader.readCount()) {
                let severity: Severity = try reader.readBool() ? .error : .warning
                let message = try reader.readString()
                let location = try reader.readBool() ? try SourceLocation(from: &reader, files: names) : nil
                examples.append(Diagnostic(severity, message, at: location))
            }
            problems.append(ValueProblems(field: field, count: count, examples: examples))
        }
        guard rowsRead == table.rowCount + rejected.count else {
            throw BinaryReader.Damaged(description: "\(rowsRead) rows read, \(table.rowCount) kept and \(rejected.count) set aside")
        }
        self.init(
            config: config, files: files, bytesRead: bytesRead, table: table, rowsRead: rowsRead, rejected: rejected,
            valueProblems: problems)
    }
}
