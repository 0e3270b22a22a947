/// The field paths of one XML source compiled into a tree of element steps below the record.
///
/// Paths that share leading steps share nodes, so each element of a record is matched once
/// against all paths. Every name the paths mention gets a small number (its index in `names`),
/// which is how the C reader reports elements: no name is ever compared as a string per node.
/// Nodes are plain values with their children and attributes in flat arrays, so matching an
/// element touches no reference counts.
struct XMLFieldPlan {
    struct Node {
        /// Index of the element's local name in `names`.
        var name: Int32
        /// The node's children are `children[firstChild..<firstChild + childCount]`.
        var firstChild: Int32 = 0
        var childCount: Int32 = 0
        /// Set when the step has `[Child='value']`: the child node that tests it, and the
        /// value's index in `predicateValues`.
        var predicateTest: Int32 = -1
        var predicateValue: Int32 = -1
        /// Set on a predicate's child node: the node whose predicate it decides.
        var decides: Int32 = -1
        /// Whether the text of matching elements is needed (a field's leaf or a predicate test).
        var capturesText = false
        /// Names of the attributes fields read: `attributes[firstAttribute..<firstAttribute + attributeCount]`.
        var firstAttribute: Int32 = 0
        var attributeCount: Int32 = 0
    }

    /// A field: the node it reads, and the attribute name, or -1 to read the element's text.
    struct Field {
        var node: Int32
        var attribute: Int32
    }

    /// The record element's name is always `names[0]`, and node 0 is the record element.
    private(set) var names: [String] = []
    private(set) var nodes: [Node] = []
    private(set) var children: [Int32] = []
    private(set) var attributes: [Int32] = []
    private(set) var predicateValues: [[UInt8]] = []
    private(set) var fields: [Field] = []
    /// Per name: whether some node of that name captures text, so the C reader can skip the
    /// text (mostly indentation) of every other element.
    private(set) var namesWithText: [Bool] = []

    init(recordElement: String, paths: [XMLPathExpression]) {
        var builder = Builder()
        _ = builder.intern(recordElement)
        builder.nodes.append(Builder.Node(name: 0))
        for path in paths {
            var node = 0
            for step in path.steps {
                node = builder.child(of: node, named: step.name, predicate: step.predicate)
            }
            if let attribute = path.attribute {
                let name = builder.intern(attribute)
                if !builder.nodes[node].attributes.contains(name) { builder.nodes[node].attributes.append(name) }
                fields.append(Field(node: Int32(node), attribute: name))
            } else {
                builder.nodes[node].capturesText = true
                fields.append(Field(node: Int32(node), attribute: -1))
            }
        }
        names = builder.names
        predicateValues = builder.predicateValues
        namesWithText = Array(repeating: false, count: names.count)
        for built in builder.nodes {
            nodes.append(Node(
                name: built.name, firstChild: Int32(children.count), childCount: Int32(built.children.count),
                predicateTest: built.predicateTest, predicateValue: built.predicateValue, decides: built.decides,
                capturesText: built.capturesText,
                firstAttribute: Int32(attributes.count), attributeCount: Int32(built.attributes.count)))
            children += built.children
            attributes += built.attributes
            if built.capturesText { namesWithText[Int(built.name)] = true }
        }
    }

    /// The tree while paths are added, with nested arrays; `init` flattens it.
    private struct Builder {
        struct Node {
            var name: Int32
            var children: [Int32] = []
            var predicateTest: Int32 = -1
            var predicateValue: Int32 = -1
            var decides: Int32 = -1
            var capturesText = false
            var attributes: [Int32] = []
        }

        var names: [String] = []
        var nameIndex: [String: Int32] = [:]
        var nodes: [Node] = []
        var predicateValues: [[UInt8]] = []

        mutating func intern(_ name: String) -> Int32 {
            if let index = nameIndex[name] { return index }
            let index = Int32(names.count)
            names.append(name)
            nameIndex[name] = index
            return index
        }

        /// The child step of `parent` with this name and predicate, made on first use.
        mutating func child(of parent: Int, named name: String, predicate: XMLPathExpression.Predicate?) -> Int {
            let nameIndex = intern(name)
            let value = predicate.map { Array($0.value.utf8) }
            let testName = predicate.map { intern($0.child) }
            for existing in nodes[parent].children.map(Int.init) {
                let node = nodes[existing]
                guard node.name == nameIndex, node.decides < 0 else { continue }
                let sameStep = node.predicateTest < 0
                    ? testName == nil
                    : testName == nodes[Int(node.predicateTest)].name && value == predicateValues[Int(node.predicateValue)]
                if sameStep { return existing }
            }
            let index = nodes.count
            nodes.append(Node(name: nameIndex))
            nodes[parent].children.append(Int32(index))
            if let testName, let value {
                let test = Int32(nodes.count)
                nodes.append(Node(name: testName, decides: Int32(index), capturesText: true))
                nodes[index].children.append(test)
                nodes[index].predicateTest = test
                nodes[index].predicateValue = Int32(predicateValues.count)
                predicateValues.append(value)
            }
            return index
        }
    }
}
