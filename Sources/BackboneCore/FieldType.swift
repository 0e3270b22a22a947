/// The type of a canonical field; every export value is parsed into one of these at extract.
public enum FieldType: Hashable, Sendable, CustomStringConvertible {
    case string
    case integer
    case decimal
    case date
    case boolean
    /// A grade level as an integer: -1 pre-kindergarten, 0 kindergarten, 1…12 (see `GradeLevel`).
    case grade
    /// A school year named by its ending calendar year: "2023-24", "2023-2024" and "2024" are 2024.
    case schoolYear
    /// A value from a fixed code list, stored as a dictionary-encoded string.
    case code(CodeList)

    public var description: String {
        switch self {
        case .string: return "string"
        case .integer: return "integer"
        case .decimal: return "decimal"
        case .date: return "date"
        case .boolean: return "boolean"
        case .grade: return "grade level"
        case .schoolYear: return "school year"
        case .code(let list): return "code (\(list.name))"
        }
    }
}
