import BackboneCore
import Yams

/// A pipeline file composed into a YAML node tree, with its syntax error or repeated keys
/// already turned into located diagnostics.
///
/// Yams refuses a mapping with a repeated key and names only the first one, which would stop
/// the check at the first repeat. Instead, the first occurrence is renamed in the text with a
/// private-use marker and the text composed again, until it composes; afterwards the markers
/// are taken back out of the tree (keeping each key's first value) and out of every column, and
/// each later occurrence is reported with the line of the first.
struct YAMLDocument {
    let file: String
    /// Nil when the text is empty or is not YAML (a diagnostic then says why).
    private(set) var root: Node?
    private(set) var diagnostics: [Diagnostic] = []
    /// Marker text inserted per line, as (original column, length), sorted by column.
    private var insertions: [Int: [(column: Int, length: Int)]] = [:]

    /// Enough for any real file; past it the remaining repeats are reported one at a time.
    private static let maximumRenames = 200
    private static let markerStart: Unicode.Scalar = "\u{E000}"
    private static let markerEnd: Unicode.Scalar = "\u{E001}"

    init(yaml: String, file: String) {
        self.file = file
        var text = Array(yaml.unicodeScalars)
        switch YAMLExpansion.check(text) {
        case .withinBudget:
            break
        case .beyondBudget(let mark):
            diagnostics.append(.error(
                "the YAML expands to more than \(YAMLExpansion.maximumNodes) nodes through anchors and aliases; "
                    + "expected a configuration of ordinary size (is an alias repeated inside anchors it repeats?)",
                at: location(of: mark)))
            return
        case .unreadable(let YamlError.duplicatedKeysInMapping(duplicates, context)):
            diagnostics.append(.error("duplicate key '\(duplicates.first ?? "")'", at: location(of: context.mark)))
            return
        case .unreadable(let error as YamlError):
            diagnostics.append(syntaxDiagnostic(error))
            return
        case .unreadable(let error):
            diagnostics.append(.error("cannot read the YAML: \(error)", at: SourceLocation(file: file)))
            return
        }
        var renames = 0
        while true {
            do {
                var string = ""
                string.unicodeScalars.append(contentsOf: text)
                root = try Yams.compose(yaml: string)
                break
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                guard renames < Self.maximumRenames, let offset = Self.keyTextOffset(at: context.mark, in: text) else {
                    let name = duplicates.first ?? ""
                    diagnostics.append(.error("duplicate key '\(name)'", at: location(of: context.mark)))
                    break
                }
                let marker = Array("\(Self.markerStart)\(renames)\(Self.markerEnd)".unicodeScalars)
                let column = context.mark.column + (offset.afterQuote ? 1 : 0)
                recordInsertion(line: context.mark.line, currentColumn: column, length: marker.count)
                text.insert(contentsOf: marker, at: offset.index)
                renames += 1
            } catch let error as YamlError {
                diagnostics.append(syntaxDiagnostic(error))
                break
            } catch {
                diagnostics.append(.error("cannot read the YAML: \(error)", at: SourceLocation(file: file)))
                break
            }
        }
        if renames > 0, let composed = root {
            root = withoutRepeatedKeys(composed)
        }
    }

    /// Where a node starts in the file as written (markers taken out of the column).
    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: originalColumn(line: mark.line, column: mark.column))
    }

    // MARK: Renaming repeated keys

    /// The index in `text` where the key at `mark` begins (after its quote when quoted), or nil
    /// when the key is not a plain or quoted scalar (then it cannot be renamed safely).
    private static func keyTextOffset(at mark: Mark, in text: [Unicode.Scalar]) -> (index: Int, afterQuote: Bool)? {
        var line = 1
        var index = 0
        while line < mark.line, index < text.count {
            let scalar = text[index]
            index += 1
            if scalar == "\r", index < text.count, text[index] == "\n" { index += 1 }
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) { line += 1 }
        }
        index += mark.column - 1
        guard line == mark.line, index < text.count else { return nil }
        let first = text[index]
        if first == "\"" || first == "'" { return (index + 1, true) }
        let indicators = Set("{}[],?:#&*!|>%@`-\"' \t\r\n".unicodeScalars)
        return indicators.contains(first) ? nil : (index, false)
    }

    private mutating func recordInsertion(line: Int, currentColumn: Int, length: Int) {
        let column = originalColumn(line: line, column: currentColumn)
        var list = insertions[line, default: []]
        list.append((column, length))
        list.sort { $0.column < $1.column }
        insertions[line] = list
    }

    /// Maps a column of the marked text back to the file: a column inside a marker is the
    /// renamed key's own first column.
    private func originalColumn(line: Int, column: Int) -> Int {
        var shift = 0
        for insertion in insertions[line] ?? [] {
            let start = insertion.column + shift
            if column < start { break }
            if column < start + insertion.length { return insertion.column }
            shift += insertion.length
        }
        return column - shift
    }

    /// The key as written in the file.
    private static func unmarked(_ key: String) -> String {
        guard key.unicodeScalars.first == markerStart, let end = key.unicodeScalars.firstIndex(of: markerEnd) else {
            return key
        }
        return String(key.unicodeScalars[key.unicodeScalars.index(after: end)...])
    }

    /// The tree with markers removed; a key's first occurrence is kept and each later one reported.
    private mutating func withoutRepeatedKeys(_ node: Node) -> Node {
        switch node {
        case .scalar, .alias:
            return node
        case .sequence(let sequence):
            let items = sequence.map { withoutRepeatedKeys($0) }
            return .sequence(Node.Sequence(items, sequence.tag, sequence.style, sequence.mark))
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            var firstPlaces: [String: SourceLocation] = [:]
            for (key, value) in mapping {
                guard case .scalar(var scalar) = key else {
                    pairs.append((key, withoutRepeatedKeys(value)))
                    continue
                }
                let name = Self.unmarked(scalar.string)
                let keyLocation = location(of: scalar.mark)
                if let first = firstPlaces[name] {
                    let place = first.line == keyLocation.line
                        ? "line \(first.line ?? 0), column \(first.column ?? 0)" : "line \(first.line ?? 0)"
                    diagnostics.append(.error("duplicate key '\(name)'; first given at \(place)", at: keyLocation))
                    continue
                }
                firstPlaces[name] = keyLocation
                scalar.string = name
                pairs.append((.scalar(scalar), withoutRepeatedKeys(value)))
            }
            return .mapping(Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark))
        }
    }

    // MARK: Syntax errors

    private func syntaxDiagnostic(_ error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return .error("invalid YAML: \(problem)\(during)", at: location(of: mark))
        case let .reader(problem, offset, _, yaml):
            return .error("unreadable text: \(problem)", at: Self.location(ofCharacter: offset, in: yaml, file: file))
        default:
            return .error("cannot read the YAML: \(error)", at: SourceLocation(file: file))
        }
    }

    private static func location(ofCharacter offset: Int?, in text: String, file: String) -> SourceLocation {
        guard let offset else { return SourceLocation(file: file) }
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
