/// Builds one string column's dictionary for the frame from the dictionaries of several
/// input tables, so frame cells are copied as integer codes.
struct StringInterner {
    private(set) var dictionary: [String] = []
    private var codes: [String: Int32] = [:]

    mutating func code(of text: String) -> Int32 {
        if let code = codes[text] { return code }
        let code = Int32(dictionary.count)
        dictionary.append(text)
        codes[text] = code
        return code
    }

    /// The frame code of each entry of an input column's dictionary.
    mutating func codes(of inputDictionary: [String]) -> [Int32] {
        inputDictionary.map { code(of: $0) }
    }
}
