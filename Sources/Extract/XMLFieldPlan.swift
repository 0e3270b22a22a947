/// The field paths of one XML source compiled into a tree of element steps below the record.
///
/// Paths that share leading steps share nodes, so each element of a record is matched once
/// against all paths. Every name the paths mention gets a small number (its index in `names`),
/// which is how the C reader reports elements: no name is ever compared as a string per node.
struct XMLFieldPlan {
    struct Node {
        /// Index of the element's local name in `names`.
        var name: Int32
        var children: [Int32] = []
        /// Set when the step has `[Child='value']`: the child node that tests it, and the value.
        var predicateTest: Int32 = -1
        var predicateValue: [UInt8] = []
        /// Set on a predicate's child node: the node whose predicate it decides.
        var decides: Int32 = -1
        /// Whether the text of matching elements is needed (a field's leaf or a predicate test).
        var capturesText = false
        /// Names of the attributes that fields read from matching elements.
        var attributes: [Int32] = []
    }

    /// A field: the node it reads, and the attribute name, or -1 to read the element's text.
    struct Field {
        var node: Int32
        var attribute: Int32
    }

    /// The record element's name is always `names[0]`, and node 0 is the record element.
    private(set) var names: [String] = []
    private(set) var nodes: [Node] = []
    private(set) var fields: [Field] = []
    private var nameIndex: [String: Int32] = [:]

    init(recordElement: String, paths: [XMLPathExpression]) {
        nodes.append(Node(name: intern(recordElement)))
        for path in paths {
            var node: Int32 = 0
            for step in path.steps {
                node = child(of: node, named: step.name, predicate: step.predicate)
            }
            if let attribute = path.attribute {
                let name = intern(attribute)
                if !nodes[Int(node)].attributes.contains(name) { nodes[Int(node)].attributes.append(name) }
                fields.append(Field(node: node, attribute: name))
            } else {
                nodes[Int(node)].capturesText = true
                fields.append(Field(node: node, attribute: -1))
            }
        }
    }

    private mutating func intern(_ name: String) -> Int32 {
        if let index = nameIndex[name] { return index }
        let index = Int32(names.count)
        names.append(name)
        nameIndex[name] = index
        return index
    }

    /// The child step of `parent` with this name and predicate, made on first use.
    private mutating func child(of parent: Int32, named name: String, predicate: XMLPathExpression.Predicate?) -> Int32 {
        let nameIndex = intern(name)
        let value = predicate.map { Array($0.value.utf8) } ?? []
        let testName = predicate.map { intern($0.child) }
        for existing in nodes[Int(parent)].children {
            let node = nodes[Int(existing)]
            guard node.name == nameIndex, node.decides < 0 else { continue }
            let sameTest = node.predicateTest < 0
                ? testName == nil
                : testName == nodes[Int(node.predicateTest)].name && node.predicateValue == value
            if sameTest { return existing }
        }
        let index = Int32(nodes.count)
        nodes.append(Node(name: nameIndex))
        nodes[Int(parent)].children.append(index)
        if let testName {
            let test = Int32(nodes.count)
            nodes.append(Node(name: testName, decides: index, capturesText: true))
            nodes[Int(index)].children.append(test)
            nodes[Int(index)].predicateTest = test
            nodes[Int(index)].predicateValue = value
        }
        return index
    }
}
