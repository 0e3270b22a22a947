/// The four types the expression language knows; canonical field types collapse onto them.
///
/// Integers, decimals, grade levels and school years are all numbers; codes are strings
/// (checked against their code list where a literal meets them).
public enum ExpressionType: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case boolean
    case number
    case string
    case date

    public init(_ fieldType: FieldType) {
        switch fieldType {
        case .boolean: self = .boolean
        case .integer, .decimal, .grade, .schoolYear: self = .number
        case .string, .code: self = .string
        case .date: self = .date
        }
    }

    /// The canonical field type a derived column of this type is stored as.
    public var fieldType: FieldType {
        switch self {
        case .boolean: return .boolean
        case .number: return .decimal
        case .string: return .string
        case .date: return .date
        }
    }

    public var description: String { rawValue }
}
