/// One expression value for every row of a table, column-at-a-time: what each plan node
/// evaluates to. Strings stay dictionary-encoded so comparisons run over integer codes.
enum ExpressionVector {
    case booleans([Bool], valid: [Bool])
    case numbers([Double], valid: [Bool])
    /// Index into `dictionary`, or -1 for null.
    case strings(codes: [Int32], dictionary: [String])
    case dates([Int32], valid: [Bool])

    /// A table column as a vector; integers become numbers.
    init(_ column: Column) {
        switch column.storage {
        case .strings(let codes, let dictionary): self = .strings(codes: codes, dictionary: dictionary)
        case .integers(let values, let valid): self = .numbers(values.map(Double.init), valid: valid)
        case .decimals(let values, let valid): self = .numbers(values, valid: valid)
        case .dates(let values, let valid): self = .dates(values, valid: valid)
        case .booleans(let values, let valid): self = .booleans(values, valid: valid)
        }
    }

    /// A literal repeated for `count` rows; nil for null, which plans never hold as a literal.
    init?(repeating value: Value, count: Int) {
        let valid = [Bool](repeating: true, count: count)
        switch value {
        case .null: return nil
        case .string(let text): self = .strings(codes: [Int32](repeating: 0, count: count), dictionary: [text])
        case .integer(let number): self = .numbers([Double](repeating: Double(number), count: count), valid: valid)
        case .decimal(let number): self = .numbers([Double](repeating: number, count: count), valid: valid)
        case .date(let day): self = .dates([Int32](repeating: day, count: count), valid: valid)
        case .boolean(let flag): self = .booleans([Bool](repeating: flag, count: count), valid: valid)
        }
    }

    var type: ExpressionType {
        switch self {
        case .booleans: return .boolean
        case .numbers: return .number
        case .strings: return .string
        case .dates: return .date
        }
    }

    var count: Int {
        switch self {
        case .booleans(let values, _): return values.count
        case .numbers(let values, _): return values.count
        case .strings(let codes, _): return codes.count
        case .dates(let values, _): return values.count
        }
    }

    /// Which rows hold a value (are not null).
    var validity: [Bool] {
        switch self {
        case .booleans(_, let valid), .numbers(_, let valid), .dates(_, let valid): return valid
        case .strings(let codes, _): return codes.map { $0 >= 0 }
        }
    }

    /// The vector as a table column named `name`, of the field type its expression type is stored as.
    func column(named name: String) -> Column {
        let storage: Column.Storage
        switch self {
        case .booleans(let values, let valid): storage = .booleans(values, valid: valid)
        case .numbers(let values, let valid): storage = .decimals(values, valid: valid)
        case .strings(let codes, let dictionary): storage = .strings(codes: codes, dictionary: dictionary)
        case .dates(let values, let valid): storage = .dates(values, valid: valid)
        }
        return Column(name: name, type: type.fieldType, storage: storage)
    }
}
