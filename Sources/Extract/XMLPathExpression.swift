/// A parsed field path below an XML record element: `A/B/C`, `A/@attr`, `A[Child='value']/B`.
///
/// Names are local names: namespaces are ignored when matching, so a path never has prefixes.
struct XMLPathExpression: Equatable {
    /// One element step, optionally kept only when a child element has exactly a given text.
    struct Step: Equatable {
        var name: String
        var predicate: Predicate?
    }

    /// `[Child='value']`: the step's element must have a child `Child` whose trimmed text is `value`.
    struct Predicate: Equatable {
        var child: String
        var value: String
    }

    /// The element steps from the record element down; empty for `@attr` on the record itself.
    var steps: [Step]
    /// The attribute read from the last step's element, or nil to read the element's text.
    var attribute: String?

    /// Parses `text`, throwing a message that says what was expected, where, and what was found.
    init(parsing text: String) throws(XMLPathSyntaxError) {
        var scanner = Scanner(text)
        steps = []
        attribute = nil
        if scanner.atEnd {
            throw XMLPathSyntaxError("expected an element name or '@attribute', found an empty path")
        }
        while true {
            if scanner.peek == "@" {
                scanner.advance()
                attribute = try scanner.name(what: "an attribute name after '@'")
                if !scanner.atEnd {
                    throw scanner.error("the end of the path after the attribute '@\(attribute!)'")
                }
                return
            }
            let stepStart = scanner.index
            var step = Step(name: try scanner.name(what: "an element name or '@attribute'"))
            if scanner.peek == "[" {
                scanner.advance()
                let child = try scanner.name(what: "a child element name after '['")
                try scanner.expect("=", after: "the child name '\(child)'")
                let value = try scanner.quoted()
                try scanner.expect("]", after: "the quoted value")
                step.predicate = Predicate(child: child, value: value)
            }
            steps.append(step)
            if scanner.atEnd { return }
            try scanner.expect("/", after: "the step '\(scanner.text(from: stepStart))'", orEnd: true)
            if scanner.atEnd {
                throw scanner.error("an element name or '@attribute' after '/'")
            }
        }
    }

    /// Reads the path one Unicode scalar at a time, counting 1-based character positions.
    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        var atEnd: Bool { index >= scalars.count }
        var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }
        mutating func advance() { index += 1 }

        func text(from start: Int) -> String {
            String(String.UnicodeScalarView(scalars[start..<index]))
        }

        func error(_ expected: String) -> XMLPathSyntaxError {
            let found = peek.map { "'\(Character($0))'" } ?? "the end of the path"
            return XMLPathSyntaxError("expected \(expected) at character \(index + 1), found \(found)")
        }

        mutating func expect(_ scalar: Unicode.Scalar, after what: String, orEnd: Bool = false) throws(XMLPathSyntaxError) {
            guard peek == scalar else {
                throw error("'\(Character(scalar))'\(orEnd ? " or the end of the path" : "") after \(what)")
            }
            advance()
        }

        /// An XML local name (NCName): a letter or `_`, then letters, digits, `-`, `.`, `_`.
        mutating func name(what: String) throws(XMLPathSyntaxError) -> String {
            let start = index
            guard let first = peek, Self.canStartName(first) else { throw error(what) }
            advance()
            while let next = peek, Self.canContinueName(next) { advance() }
            let name = text(from: start)
            if peek == ":" {
                var local = self
                local.advance()
                let localName = (try? local.name(what: what)) ?? "…"
                throw XMLPathSyntaxError(
                    "expected a local name at character \(start + 1), found the prefixed name "
                        + "'\(name):\(localName)' (namespaces are ignored: write '\(localName)')")
            }
            return name
        }

        /// `'value'` or `"value"`; the value may hold anything but its own quote.
        mutating func quoted() throws(XMLPathSyntaxError) -> String {
            guard let quote = peek, quote == "'" || quote == "\"" else {
                throw error("a quoted value ('…' or \"…\")")
            }
            advance()
            let start = index
            while let next = peek, next != quote { advance() }
            guard !atEnd else { throw error("the closing \(Character(quote)) of the value") }
            let value = text(from: start)
            advance()
            return value
        }

        static func canStartName(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value >= 0x80 || scalar == "_" || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
        }

        static func canContinueName(_ scalar: Unicode.Scalar) -> Bool {
            canStartName(scalar) || scalar == "-" || scalar == "." || ("0"..."9").contains(scalar)
        }
    }
}

/// Why a field path does not parse, worded for the person who wrote it.
struct XMLPathSyntaxError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
