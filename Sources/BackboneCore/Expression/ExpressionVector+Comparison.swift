/// Comparisons and `in` over whole vectors; a null on either side gives null.
///
/// Strings are compared by rank: both dictionaries' strings are sorted once into one shared
/// order, then rows compare integer ranks, equal exactly when the strings are equal.
extension ExpressionVector {
    func compared(_ op: ExpressionPlan.Comparison, with other: ExpressionVector) -> ExpressionVector {
        switch (self, other) {
        case (.numbers(let a, let av), .numbers(let b, let bv)):
            return Self.compare(op, a, av, b, bv)
        case (.dates(let a, let av), .dates(let b, let bv)):
            return Self.compare(op, a, av, b, bv)
        case (.booleans(let a, let av), .booleans(let b, let bv)):
            return Self.compare(op, a.map { $0 ? 1 : 0 as UInt8 }, av, b.map { $0 ? 1 : 0 as UInt8 }, bv)
        case (.strings(let ac, let ad), .strings(let bc, let bd)):
            let (aRanks, bRanks) = Self.sharedRanks(ad, bd)
            let a = ac.map { $0 < 0 ? -1 : aRanks[Int($0)] }, b = bc.map { $0 < 0 ? -1 : bRanks[Int($0)] }
            return Self.compare(op, a, ac.map { $0 >= 0 }, b, bc.map { $0 >= 0 })
        default:
            preconditionFailure("cannot compare \(type) with \(other.type) in a checked plan")
        }
    }

    /// True where the row's value is one of `values` (literals of the vector's type).
    func membership(in values: [Value]) -> ExpressionVector {
        switch self {
        case .numbers(let numbers, let valid):
            let set = Set(values.compactMap { value -> Double? in
                if case .decimal(let number) = value { return number }
                return nil
            })
            return .booleans(numbers.map(set.contains), valid: valid)
        case .dates(let days, let valid):
            let set = Set(values.compactMap { value -> Int32? in
                if case .date(let day) = value { return day }
                return nil
            })
            return .booleans(days.map(set.contains), valid: valid)
        case .booleans(let flags, let valid):
            let set = Set(values.compactMap { value -> Bool? in
                if case .boolean(let flag) = value { return flag }
                return nil
            })
            return .booleans(flags.map(set.contains), valid: valid)
        case .strings(let codes, let dictionary):
            let set = Set(values.compactMap { value -> String? in
                if case .string(let text) = value { return text }
                return nil
            })
            let member = dictionary.map(set.contains)
            return .booleans(codes.map { $0 >= 0 && member[Int($0)] }, valid: codes.map { $0 >= 0 })
        }
    }

    private static func compare<T: Comparable>(
        _ op: ExpressionPlan.Comparison, _ a: [T], _ av: [Bool], _ b: [T], _ bv: [Bool]
    ) -> ExpressionVector {
        var values = [Bool](repeating: false, count: a.count), valid = values
        for i in a.indices where av[i] && bv[i] {
            values[i] = op.holds(a[i], b[i])
            valid[i] = true
        }
        return .booleans(values, valid: valid)
    }

    /// Each dictionary entry's rank among the strings of both dictionaries, sorted.
    private static func sharedRanks(_ a: [String], _ b: [String]) -> ([Int32], [Int32]) {
        var rank: [String: Int32] = [:]
        for (index, text) in Set(a).union(b).sorted().enumerated() { rank[text] = Int32(index) }
        return (a.map { rank[$0]! }, b.map { rank[$0]! })
    }
}
