/// One column of a table, stored by type: strings dictionary-encoded, dates as day numbers,
/// nulls as a validity mask. Group-bys and joins work on the integer codes.
public struct Column: Sendable {
    public enum Storage: Sendable {
        /// Index into `dictionary`, or -1 for null.
        case strings(codes: [Int32], dictionary: [String])
        case integers([Int64], valid: [Bool])
        case decimals([Double], valid: [Bool])
        case dates([Int32], valid: [Bool])
        case booleans([Bool], valid: [Bool])
    }

    public let name: String
    public let type: FieldType
    public let storage: Storage

    public init(name: String, type: FieldType, storage: Storage) {
        self.name = name
        self.type = type
        self.storage = storage
    }

    public var count: Int {
        switch storage {
        case .strings(let codes, _): return codes.count
        case .integers(let v, _): return v.count
        case .decimals(let v, _): return v.count
        case .dates(let v, _): return v.count
        case .booleans(let v, _): return v.count
        }
    }

    public subscript(row: Int) -> Value {
        switch storage {
        case .strings(let codes, let dictionary):
            let code = codes[row]
            return code < 0 ? .null : .string(dictionary[Int(code)])
        case .integers(let v, let valid): return valid[row] ? .integer(v[row]) : .null
        case .decimals(let v, let valid): return valid[row] ? .decimal(v[row]) : .null
        case .dates(let v, let valid): return valid[row] ? .date(v[row]) : .null
        case .booleans(let v, let valid): return valid[row] ? .boolean(v[row]) : .null
        }
    }

    /// How many cells are null: the completeness figures on the data-quality page.
    public var nullCount: Int {
        switch storage {
        case .strings(let codes, _): return codes.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
        case .integers(_, let valid), .decimals(_, let valid), .dates(_, let valid), .booleans(_, let valid):
            return valid.reduce(0) { $0 + ($1 ? 0 : 1) }
        }
    }

    /// Distinct non-null values (string columns: every dictionary entry occurs at least once).
    public var distinctCount: Int {
        switch storage {
        case .strings(_, let dictionary): return dictionary.count
        case .integers(let v, let valid): return Set(zip(v, valid).filter(\.1).map(\.0)).count
        case .decimals(let v, let valid): return Set(zip(v, valid).filter(\.1).map(\.0)).count
        case .dates(let v, let valid): return Set(zip(v, valid).filter(\.1).map(\.0)).count
        case .booleans(let v, let valid): return Set(zip(v, valid).filter(\.1).map(\.0)).count
        }
    }
}
