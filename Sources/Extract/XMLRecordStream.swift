import BackboneCore

/// The record loop of `XMLRecordReader`: turns the event stream into records.
///
/// A noncopyable value, so the per-event work runs on plain stored state; the public class
/// only wraps it.
struct XMLRecordStream: ~Copyable {
    private var events: XMLEventReader
    private var capture: XMLRecordCapture
    private let file: String
    private let recordElement: String
    private(set) var recordsRead = 0

    init(events: consuming XMLEventReader, plan: XMLFieldPlan, file: String) {
        self.events = events
        self.capture = XMLRecordCapture(plan: plan)
        self.file = file
        self.recordElement = plan.names[0]
    }

    /// The next record, or nil at the end of the document. A `Diagnostic` thrown inside a
    /// record gets that record's number.
    mutating func next() throws -> XMLRecord? {
        var recordDepth: Int32 = 0
        var recordLine: Int32 = 0
        do {
            while let event = try events.next() {
                switch event.kind {
                case .start:
                    if recordDepth > 0 {
                        capture.start(name: event.name, depth: event.depth, attributes: event.attributes)
                        if capture.exceedsLimits { throw oversized(line: event.line) }
                    } else if event.name == 0 {
                        recordDepth = event.depth
                        recordLine = event.line
                        capture.begin(depth: event.depth, attributes: event.attributes)
                    }
                case .text:
                    if recordDepth > 0 {
                        capture.text(depth: event.depth, event.text)
                        if capture.exceedsLimits { throw oversized(line: event.line) }
                    }
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

    private func oversized(line: Int32) -> Diagnostic {
        Diagnostic.error(
            "XML refused: the record holds more than \(XMLRecordCapture.maximumElements) matching elements or "
                + "\(XMLRecordCapture.maximumBytes / 1024 / 1024) MB of their text; expected one small record per "
                + "<\(recordElement)>: is '\(recordElement)' really the element that is one record?",
            at: SourceLocation(file: file, line: Int(line)))
    }
}
