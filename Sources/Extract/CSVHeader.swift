import BackboneCore

/// Matching of export headers against the names written in the pipeline file.
public enum CSVHeader {
    /// The header name reduced to lowercase letters and digits, so that "Record Found Y/N",
    /// "record_found_y_n" and "RECORDFOUNDYN" all match: partners' exports change case,
    /// spacing and punctuation between years more often than they change names.
    public static func normalize(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Where each of `columns` stands in `header`, matched as `normalize` does; a missing one
    /// is an error at line 1 of `file` with the message `missing` gives for it.
    public static func indexes(
        of columns: [String], in header: [String], file: String, missing: (String) -> String
    ) throws -> [Int] {
        let normalized = header.map(normalize)
        return try columns.map { column in
            guard let index = normalized.firstIndex(of: normalize(column)) else {
                throw Diagnostic.error(missing(column), at: SourceLocation(file: file, line: 1))
            }
            return index
        }
    }
}
