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
    private let events: XMLEventReader
    private var capture: XMLRecordCapture
    private let file: String
    /// Records completely read so far.
    public private(set) var recordsRead = 0

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
        self.events = try XMLEventReader(source: source, file: file, names: plan.names)
        self.capture = XMLRecordCapture(plan: plan)
        self.file = file
    }

    /// The next record, or nil at the end of the document. Throws a `Diagnostic` at the
    /// error's `file:line:column` (with the record number when inside a record) when the XML
    /// is malformed or refused, or the source's diagnostic when reading fails.
    public func next() throws -> XMLRecord? {
        var recordDepth: Int32 = 0
        var recordLine: Int32 = 0
        do {
            while let event = try events.next() {
                switch event.kind {
                case .start:
                    if recordDepth > 0 {
                        capture.start(name: event.name, depth: event.depth, attributes: event.attributes)
                    } else if event.name == 0 {
                        recordDepth = event.depth
                        recordLine = event.line
                        capture.begin(depth: event.depth, attributes: event.attributes)
                    }
                case .text:
                    if recordDepth > 0 { capture.text(depth: event.depth, event.text) }
                case .end:
                    guard recordDepth > 0 else { continue }
                    if event.depth == recordDepth {
                        recordsRead += 1
                        return XMLRecord(number: recordsRead, line: Int(recordLine), values: capture.values())
                    }
                    capture.end(depth: event.depth)
                }
            }
            return nil
        } catch var diagnostic as Diagnostic where recordDepth > 0 && diagnostic.location != nil {
            diagnostic.location?.record = recordsRead + 1
            throw diagnostic
        }
    }
}
