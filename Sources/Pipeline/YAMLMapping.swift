import Yams

/// One YAML mapping's entries in file order, keyed by their text, after its keys were checked.
struct YAMLMapping {
    struct Entry {
        let key: String
        let keyNode: Node
        let value: Node
    }

    let node: Node
    let entries: [Entry]

    subscript(key: String) -> Node? {
        entry(key)?.value
    }

    func entry(_ key: String) -> Entry? {
        entries.first { $0.key == key }
    }

    /// The entries among `keys`, in file order (for "give only one of" checks).
    func present(_ keys: [String]) -> [Entry] {
        entries.filter { keys.contains($0.key) }
    }
}
