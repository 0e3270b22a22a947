/// Rewords libxml2's well-formedness errors for the people who fix export files.
///
/// libxml2 words errors for parser developers ("Opening and ending tag mismatch: Name line 5
/// and Student"). The common ones are rewritten to say what was expected and what was found;
/// any other keeps libxml2's first line. Only the first line is ever kept, because later lines
/// can quote document content (bytes of a name, a comment), which must not reach a message.
enum XMLParserMessage {
    static func readable(_ raw: String) -> String {
        let line = raw.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let words = line.split(separator: " ").map(String.init)
        let message = words.joined(separator: " ")

        // "Opening and ending tag mismatch: A line 4 and B"
        if message.hasPrefix("Opening and ending tag mismatch: "), words.count == 10, words[6] == "line" {
            return "the start tag <\(words[5])> on line \(words[7]) is closed by </\(words[9])>"
        }
        // "Entity 'x' not defined"
        if message.hasPrefix("Entity '"), message.hasSuffix("' not defined"), words.count == 4 {
            return "the entity reference '&\(words[1].dropFirst().dropLast());' is not defined: only &lt; &gt; "
                + "&amp; &quot; &apos; and character references are allowed"
        }
        // "Namespace prefix p on A is not defined"
        if message.hasPrefix("Namespace prefix "), words.count == 8 {
            return "the namespace prefix '\(words[2])' on <\(words[4])> is not declared (no xmlns:\(words[2]) attribute)"
        }
        // "Attribute x redefined"
        if message.hasPrefix("Attribute "), message.hasSuffix(" redefined"), words.count == 3 {
            return "the attribute '\(words[1])' appears twice in one start tag"
        }
        // "Char 0x0 out of allowed range"
        if message.hasPrefix("Char 0x"), message.hasSuffix(" out of allowed range"), words.count == 6 {
            return "found the character U+\(words[1].dropFirst(2)), which XML does not allow"
        }
        if message.hasPrefix("Double hyphen within comment") { return "found '--' inside a comment" }
        switch message {
        case "Extra content at the end of the document":
            return "found content after the end of the root element"
        case "Document is empty":
            return "expected the root element's start tag, found no element (is this an XML file?)"
        case "xmlParseEntityRef: no name":
            return "found '&' not followed by an entity name: write &amp; for a literal '&'"
        case "error parsing attribute name":
            return "expected an attribute name='value' or the end of the start tag, found something else"
        case "Unescaped '<' not allowed in attributes values":
            return "found '<' in an attribute value: write &lt;"
        case "Sequence ']]>' not allowed in content":
            return "found ']]>' in text: write ]]&gt;"
        case "Input is not proper UTF-8, indicate encoding !":
            return "the bytes are not valid UTF-8: declare the file's encoding, "
                + "e.g. <?xml version=\"1.0\" encoding=\"windows-1252\"?>"
        default:
            return message
        }
    }
}
