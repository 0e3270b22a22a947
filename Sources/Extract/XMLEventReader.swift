import BackboneCore
import CXMLReader
import Glibc

/// One element start, element end or piece of text, as the C reader reported it.
///
/// The text and attribute values point into the reader's current batch: they stay valid only
/// until the next call to `XMLEventReader.next()`.
struct XMLEvent {
    enum Kind { case start, end, text }

    var kind: Kind
    /// Index of the element's local name in the names the reader was opened with.
    var name: Int32
    /// 1 for the root element; for text, the depth of the element holding it.
    var depth: Int32
    var line: Int32
    var text: UnsafeBufferPointer<UInt8>
    var attributes: XMLEventAttributes
}

/// An attribute with a registered name on a start event.
struct XMLEventAttribute {
    var name: Int32
    var value: UnsafeBufferPointer<UInt8>
}

/// The registered attributes of a start event, read in place from the C reader's batch.
struct XMLEventAttributes: Sequence {
    fileprivate var raw: UnsafeBufferPointer<bbxml_attribute>
    fileprivate var text: UnsafePointer<UInt8>?

    static var none: XMLEventAttributes { XMLEventAttributes(raw: UnsafeBufferPointer(start: nil, count: 0), text: nil) }

    struct Iterator: IteratorProtocol {
        fileprivate var attributes: XMLEventAttributes
        fileprivate var index = 0

        mutating func next() -> XMLEventAttribute? {
            guard index < attributes.raw.count else { return nil }
            let attribute = attributes.raw[index]
            index += 1
            return XMLEventAttribute(
                name: attribute.name,
                value: UnsafeBufferPointer(start: attributes.text.map { $0 + Int(attribute.value_offset) },
                                           count: Int(attribute.value_length)))
        }
    }

    func makeIterator() -> Iterator { Iterator(attributes: self) }
}

/// Streams the events of one XML document from a `ByteSource`, through libxml2 (CXMLReader).
///
/// Only elements whose local name is among `names` are reported, with the text directly
/// inside those whose name is flagged in `namesWithText`; every other element is skipped
/// inside C, though it still counts for depth. Noncopyable, so it owns the C reader alone
/// and its state is reached without the run-time exclusivity checks of class properties.
struct XMLEventReader: ~Copyable {
    /// The byte source and its error, reached from C through an unretained pointer.
    private final class Input {
        let source: ByteSource
        var error: (any Error)?
        init(source: ByteSource) { self.source = source }
    }

    /// Element depth and text length past which a document is refused rather than read.
    static let maximumDepth: Int32 = 256
    static let maximumTextLength = 10 * 1024 * 1024

    private let reader: OpaquePointer
    private let input: Input
    private let file: String
    private var events = UnsafeBufferPointer<bbxml_event>(start: nil, count: 0)
    private var attributes = UnsafePointer<bbxml_attribute>(bitPattern: 0)
    private var text = UnsafePointer<UInt8>(bitPattern: 0)
    private var position = 0
    private var finished = false

    init(source: ByteSource, file: String, names: [String], namesWithText: [Bool]) throws {
        let input = Input(source: source)
        let read: bbxml_read_function = { context, buffer, capacity in
            let input = Unmanaged<Input>.fromOpaque(context!).takeUnretainedValue()
            do {
                return try input.source.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: capacity))
            } catch {
                input.error = error
                return -1
            }
        }
        let cNames = names.map { strdup($0) }
        defer { cNames.forEach { free($0) } }
        let withText = namesWithText.map { UInt8($0 ? 1 : 0) }
        let opened = cNames.map { UnsafePointer($0) }.withUnsafeBufferPointer { pointers in
            bbxml_open(read, Unmanaged.passUnretained(input).toOpaque(), pointers.baseAddress, withText, pointers.count,
                       Self.maximumDepth, Self.maximumTextLength)
        }
        guard let opened else {
            throw Diagnostic.error("cannot start the XML parser: out of memory", at: SourceLocation(file: file))
        }
        self.reader = opened
        self.input = input
        self.file = file
    }

    deinit { bbxml_close(reader) }

    /// The next event, or nil once the document has ended well-formed. Throws a `Diagnostic`
    /// at the error's line and column when the document is malformed or refused, or the
    /// source's own diagnostic when reading fails.
    mutating func next() throws -> XMLEvent? {
        while position == events.count {
            if finished { return nil }
            try refill()
        }
        let event = events[position]
        position += 1
        switch event.kind {
        case Int32(BBXML_ELEMENT_START.rawValue):
            let attributes = XMLEventAttributes(
                raw: UnsafeBufferPointer(start: self.attributes.map { $0 + Int(event.first_attribute) },
                                         count: Int(event.attribute_count)),
                text: text)
            return XMLEvent(kind: .start, name: event.name, depth: event.depth, line: event.line,
                            text: UnsafeBufferPointer(start: nil, count: 0), attributes: attributes)
        case Int32(BBXML_ELEMENT_END.rawValue):
            return XMLEvent(kind: .end, name: event.name, depth: event.depth, line: event.line,
                            text: UnsafeBufferPointer(start: nil, count: 0), attributes: .none)
        default:
            return XMLEvent(kind: .text, name: -1, depth: event.depth, line: event.line,
                            text: UnsafeBufferPointer(start: text.map { $0 + Int(event.text_offset) },
                                                      count: Int(event.text_length)),
                            attributes: .none)
        }
    }

    private mutating func refill() throws {
        position = 0
        events = UnsafeBufferPointer(start: nil, count: 0)
        switch bbxml_next_batch(reader) {
        case BBXML_EVENTS_READY:
            events = UnsafeBufferPointer(start: bbxml_events(reader), count: bbxml_event_count(reader))
            attributes = bbxml_attributes(reader)
            text = bbxml_text(reader)
        case BBXML_FINISHED:
            finished = true
        case BBXML_READ_FAILED:
            finished = true
            if let diagnostic = input.error as? Diagnostic { throw diagnostic }
            throw Diagnostic.error("cannot read the file: \(input.error.map { "\($0)" } ?? "unknown error")",
                                   at: SourceLocation(file: file))
        default:
            finished = true
            let column = Int(bbxml_error_column(reader))
            let location = SourceLocation(file: file, line: Int(bbxml_error_line(reader)),
                                          column: column > 0 ? column : nil)
            let message = String(cString: bbxml_error_message(reader))
            throw Diagnostic.error(
                bbxml_error_is_malformed(reader) != 0 ? "XML is not well-formed: \(XMLParserMessage.readable(message))"
                                                      : "XML refused: \(message)",
                at: location)
        }
    }
}
