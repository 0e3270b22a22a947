/// Matching of export headers against the names written in the pipeline file.
public enum CSVHeader {
    /// The header name reduced to lowercase letters and digits, so that "Record Found Y/N",
    /// "record_found_y_n" and "RECORDFOUNDYN" all match: partners' exports change case,
    /// spacing and punctuation between years more often than they change names.
    public static func normalize(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
