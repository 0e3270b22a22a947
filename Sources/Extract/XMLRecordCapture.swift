/// What one record holds for its field paths, gathered while its events stream by.
///
/// Only elements that match a step of some path are kept, with the text and attributes the
/// fields need, so a record costs a few small array entries however large its subtree. The
/// values are read at the record's end, because a predicate's child (`A[Child='v']`) may
/// follow the element the field reads. Buffers are reused from record to record.
struct XMLRecordCapture {
    /// One element matching one node of the plan; an element may match several nodes.
    private struct Instance {
        var node: Int32
        var parent: Int32
        var element: Int32
        /// False while the node's predicate is unmet; true for nodes without one.
        var predicateHolds: Bool
    }

    /// An open element that matched, with its instances stored contiguously.
    private struct OpenElement {
        var depth: Int32
        var element: Int32
        var firstInstance: Int32
        var instanceCount: Int32
        var capturesText: Bool
    }

    /// A piece of an element's direct text in `bytes`, chained to the element's next piece.
    private struct Segment {
        var start: Int32
        var length: Int32
        var next: Int32 = -1
    }

    private struct ElementText {
        var first: Int32 = -1
        var last: Int32 = -1
    }

    private struct AttributeValue {
        var instance: Int32
        var name: Int32
        var start: Int32
        var length: Int32
    }

    let plan: XMLFieldPlan
    private var instances: [Instance] = []
    private var open: [OpenElement] = []
    private var texts: [ElementText] = []
    private var segments: [Segment] = []
    private var attributeValues: [AttributeValue] = []
    private var bytes: [UInt8] = []

    init(plan: XMLFieldPlan) {
        self.plan = plan
    }

    /// Bounds on what one record may hold, far above any real record: only a wrong record
    /// element (the document's root, say) comes near them, and then memory must not grow
    /// with the file.
    static let maximumElements = 100_000
    static let maximumBytes = 64 * 1024 * 1024

    var exceedsLimits: Bool {
        instances.count > Self.maximumElements || bytes.count > Self.maximumBytes
    }

    /// Starts a record at its element's start tag.
    mutating func begin(depth: Int32, attributes: XMLEventAttributes) {
        instances.removeAll(keepingCapacity: true)
        open.removeAll(keepingCapacity: true)
        texts.removeAll(keepingCapacity: true)
        segments.removeAll(keepingCapacity: true)
        attributeValues.removeAll(keepingCapacity: true)
        bytes.removeAll(keepingCapacity: true)
        instances.append(Instance(node: 0, parent: -1, element: 0, predicateHolds: true))
        texts.append(ElementText())
        open.append(OpenElement(depth: depth, element: 0, firstInstance: 0, instanceCount: 1,
                                capturesText: plan.nodes[0].capturesText))
        keepAttributes(of: 0, attributes)
    }

    /// An element started inside the record; it matters only as a child of a matched element.
    mutating func start(name: Int32, depth: Int32, attributes: XMLEventAttributes) {
        guard let parent = open.last, parent.depth == depth - 1 else { return }
        let element = Int32(texts.count)
        let first = Int32(instances.count)
        var capturesText = false
        for parentInstance in parent.firstInstance..<(parent.firstInstance + parent.instanceCount) {
            let parentNode = plan.nodes[Int(instances[Int(parentInstance)].node)]
            for edge in parentNode.firstChild..<(parentNode.firstChild + parentNode.childCount) {
                let child = plan.children[Int(edge)]
                let node = plan.nodes[Int(child)]
                guard node.name == name else { continue }
                instances.append(Instance(node: child, parent: parentInstance, element: element,
                                          predicateHolds: node.predicateTest < 0))
                capturesText = capturesText || node.capturesText
            }
        }
        let count = Int32(instances.count) - first
        guard count > 0 else { return }
        texts.append(ElementText())
        open.append(OpenElement(depth: depth, element: element, firstInstance: first, instanceCount: count,
                                capturesText: capturesText))
        for instance in first..<(first + count) { keepAttributes(of: instance, attributes) }
    }

    /// Text directly inside the element at `depth`.
    mutating func text(depth: Int32, _ text: UnsafeBufferPointer<UInt8>) {
        guard let current = open.last, current.depth == depth, current.capturesText else { return }
        let segment = Int32(segments.count)
        segments.append(Segment(start: Int32(bytes.count), length: Int32(text.count)))
        bytes.append(contentsOf: text)
        let element = Int(current.element)
        if texts[element].last >= 0 { segments[Int(texts[element].last)].next = segment }
        else { texts[element].first = segment }
        texts[element].last = segment
    }

    /// An element ended inside the record; a predicate test decides its parent here.
    mutating func end(depth: Int32) {
        guard let current = open.last, current.depth == depth else { return }
        open.removeLast()
        for index in current.firstInstance..<(current.firstInstance + current.instanceCount) {
            let instance = instances[Int(index)]
            let decided = plan.nodes[Int(instance.node)].decides
            guard decided >= 0 else { continue }
            let expected = plan.predicateValues[Int(plan.nodes[Int(decided)].predicateValue)]
            if trimmedText(of: current.element).elementsEqual(expected) {
                instances[Int(instance.parent)].predicateHolds = true
            }
        }
    }

    /// The record's values, one per field: the first match in document order whose every
    /// step's predicate holds, trimmed; nil when nothing matches.
    func values() -> [String?] {
        plan.fields.map { field in
            if field.attribute < 0 {
                for (index, instance) in instances.enumerated()
                where instance.node == field.node && predicatesHold(from: Int32(index)) {
                    return String(decoding: trimmedText(of: instance.element), as: UTF8.self)
                }
            } else {
                for value in attributeValues
                where value.name == field.attribute && instances[Int(value.instance)].node == field.node
                    && predicatesHold(from: value.instance) {
                    let slice = bytes[Int(value.start)..<Int(value.start + value.length)]
                    return String(decoding: slice.trimmingXMLWhitespace(), as: UTF8.self)
                }
            }
            return nil
        }
    }

    private func predicatesHold(from instance: Int32) -> Bool {
        var index = instance
        while index >= 0 {
            guard instances[Int(index)].predicateHolds else { return false }
            index = instances[Int(index)].parent
        }
        return true
    }

    /// The element's direct text, joined and trimmed; one slice in the usual one-piece case.
    private func trimmedText(of element: Int32) -> ArraySlice<UInt8> {
        let text = texts[Int(element)]
        guard text.first >= 0 else { return [] }
        let first = segments[Int(text.first)]
        if first.next < 0 {
            return bytes[Int(first.start)..<Int(first.start + first.length)].trimmingXMLWhitespace()
        }
        var joined: [UInt8] = []
        var index = text.first
        while index >= 0 {
            let segment = segments[Int(index)]
            joined.append(contentsOf: bytes[Int(segment.start)..<Int(segment.start + segment.length)])
            index = segment.next
        }
        return joined[...].trimmingXMLWhitespace()
    }

    private mutating func keepAttributes(of instance: Int32, _ attributes: XMLEventAttributes) {
        let node = plan.nodes[Int(instances[Int(instance)].node)]
        guard node.attributeCount > 0 else { return }
        let wanted = plan.attributes[Int(node.firstAttribute)..<Int(node.firstAttribute + node.attributeCount)]
        for attribute in attributes where wanted.contains(attribute.name) {
            attributeValues.append(AttributeValue(instance: instance, name: attribute.name,
                                                  start: Int32(bytes.count), length: Int32(attribute.value.count)))
            bytes.append(contentsOf: attribute.value)
        }
    }
}

extension ArraySlice<UInt8> {
    /// Drops XML whitespace (space, tab, CR, LF) from both ends.
    func trimmingXMLWhitespace() -> ArraySlice<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return []
        }
        return self[first...last]
    }
}
