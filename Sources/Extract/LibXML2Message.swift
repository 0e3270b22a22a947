/// Rewords libxml2's well-formedness errors for the people who fix export files.
///
/// libxml2 words errors for parser developers ("Opening and ending tag mismatch: Name line 5
/// and Student"). The common ones are rewritten to say what was expected and what was found;
/// any other keeps libxml2's first line. Only the first line is ever kept, because later lines
/// can quote document content (bytes of a name, a comment), which must not reach a message.
enum LibXML2Message {
    static func readable(_ raw: String) -> String {
        let line = raw.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let message = splitWords(line).joined(separator: " ")
        let words = splitWords(message)

        if message.hasPrefix("Opening and ending tag mismatch: ") {
            // "… A line N and B" or "… A and B"
            if words.count == 10, words[6] == "line" {
                return "the start tag <\(words[5])> on line \(words[7]) is closed by </\(words[9])>"
            }
            if words.count == 8 { return "the start tag <\(words[5])> is closed by </\(words[7])>" }
        }
        if message.hasPrefix("Premature end of data in tag "), words.count == 9 {
            return "the document ends before <\(words[6])> (opened on line \(words[8])) is closed"
        }
        if message.hasPrefix("Couldn't find end of Start Tag "), words.count >= 7 {
            let place = words.count == 9 ? " on line \(words[8])" : ""
            return "the start tag <\(words[6])>\(place) is not closed by '>'"
        }
        if message.hasPrefix("Entity '"), message.hasSuffix("' not defined"), words.count == 4 {
            let name = words[1].dropFirst().dropLast()
            return "the entity reference '&\(name);' is not defined: only &lt; &gt; &amp; &quot; &apos; "
                + "and character references are allowed"
        }
        if message.hasPrefix("Namespace prefix "), words.count == 8 {
            return "the namespace prefix '\(words[2])' on <\(words[4])> is not declared (no xmlns:\(words[2]) attribute)"
        }
        if message.hasPrefix("Double hyphen within comment") { return "found '--' inside a comment" }
        switch message {
        case "Extra content at the end of the document":
            return "found content after the end of the root element"
        case "Document is empty":
            return "the document is empty: expected a root element"
        case "Start tag expected, '<' not found":
            return "expected a start tag '<', found other text"
        case "xmlParseEntityRef: no name":
            return "found '&' not followed by an entity name: write &amp; for a literal '&'"
        case "Input is not proper UTF-8, indicate encoding !":
            return "the bytes are not valid UTF-8: declare the file's encoding, "
                + "e.g. <?xml version=\"1.0\" encoding=\"windows-1252\"?>"
        default:
            return message
        }
    }

    private static func splitWords(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }
}
