import BackboneCore

/// Reads the records of an XML export one at a time, streaming, whatever the file's size.
///
/// A record is every element named `recordElement` (local name, at any depth, not nested in
/// another record). For each record the reader returns one value per field path (see
/// `XMLPath` for the language), matching elements by name, not by position, because real
/// exports do not always follow their schema's element order. Only the current record's
/// matched elements are held in memory; the document is never built as a tree.
///
///     let reader = try XMLRecordReader(source: FileByteSource(path: path), file: "Student.xml",
///                                      recordElement: "Student",
///                                      fieldPaths: ["StudentUniqueId", "BirthData/BirthDate"])
///     while let record = try reader.next() { … record.values[0] … }
///
/// Documents with a DOCTYPE are refused, as are elements nested more than 256 deep and texts
/// longer than 10 MB: these guard against external entities, entity expansion and runaway input.
public final class XMLRecordReader {
    private var stream: XMLRecordStream

    /// Records completely read so far.
    public var recordsRead: Int { stream.recordsRead }

    /// Throws a `Diagnostic` naming the file when the record element or a field path is invalid.
    public init(source: ByteSource, file: String, recordElement: String, fieldPaths: [String]) throws {
        let recordPath = try? XMLPathExpression(parsing: recordElement)
        guard let recordPath, recordPath.steps.count == 1, recordPath.steps[0].predicate == nil,
              recordPath.attribute == nil else {
            throw Diagnostic.error("the record element '\(recordElement)' is not an element name: expected one "
                                       + "local name such as 'StudentAssessment' (namespaces are ignored)",
                                   at: SourceLocation(file: file))
        }
        var paths: [XMLPathExpression] = []
        for (index, path) in fieldPaths.enumerated() {
            do {
                paths.append(try XMLPathExpression(parsing: path))
            } catch {
                throw Diagnostic.error("field path \(index + 1) '\(path)' is invalid: \(error.message)",
                                       at: SourceLocation(file: file))
            }
        }
        let plan = XMLFieldPlan(recordElement: recordElement, paths: paths)
        let events = try XMLEventReader(source: source, file: file, names: plan.names, namesWithText: plan.namesWithText)
        self.stream = XMLRecordStream(events: events, plan: plan, file: file)
    }

    /// The next record, or nil at the end of the document. Throws a `Diagnostic` at the
    /// error's `file:line:column` (with the record number when inside a record) when the XML
    /// is malformed or refused, or the source's diagnostic when reading fails.
    public func next() throws -> XMLRecord? {
        try stream.next()
    }
}
