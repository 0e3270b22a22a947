import BackboneCore

/// The record loop of `XMLRecordReader`: turns the event stream into records.
///
/// A noncopyable value, so the per-event work runs on plain stored state; the public class
/// only wraps it.
struct XMLRecordStream: ~Copyable {
    private var events: XMLEventReader
    private var capture: XMLRecordCapture
    private(set) var recordsRead = 0

    init(events: consuming XMLEventReader, plan: XMLFieldPlan) {
        self.events = events
        self.capture = XMLRecordCapture(plan: plan)
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
