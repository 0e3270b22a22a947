/// Three-valued logic and arithmetic over whole vectors, with SQL's null rules: arithmetic
/// with null is null, division by zero is null, `false and null` is false, `true or null` is true.
extension ExpressionVector {
    /// The payload of a boolean vector; the checker guarantees the kind.
    var booleanRows: (values: [Bool], valid: [Bool]) {
        guard case .booleans(let values, let valid) = self else { preconditionFailure("expected booleans, found \(type)") }
        return (values, valid)
    }

    /// The payload of a number vector; the checker guarantees the kind.
    var numberRows: (values: [Double], valid: [Bool]) {
        guard case .numbers(let values, let valid) = self else { preconditionFailure("expected numbers, found \(type)") }
        return (values, valid)
    }

    func negated() -> ExpressionVector {
        let (values, valid) = booleanRows
        return .booleans(values.map { !$0 }, valid: valid)
    }

    func and(_ other: ExpressionVector) -> ExpressionVector {
        let (a, av) = booleanRows, (b, bv) = other.booleanRows
        var values = [Bool](repeating: false, count: a.count), valid = values
        for i in a.indices {
            if (av[i] && !a[i]) || (bv[i] && !b[i]) {
                valid[i] = true
            } else if av[i] && bv[i] {
                values[i] = true
                valid[i] = true
            }
        }
        return .booleans(values, valid: valid)
    }

    func or(_ other: ExpressionVector) -> ExpressionVector {
        let (a, av) = booleanRows, (b, bv) = other.booleanRows
        var values = [Bool](repeating: false, count: a.count), valid = values
        for i in a.indices {
            if (av[i] && a[i]) || (bv[i] && b[i]) {
                values[i] = true
                valid[i] = true
            } else if av[i] && bv[i] {
                valid[i] = true
            }
        }
        return .booleans(values, valid: valid)
    }

    func arithmeticNegation() -> ExpressionVector {
        let (values, valid) = numberRows
        return .numbers(values.map { -$0 }, valid: valid)
    }

    func arithmetic(_ op: ExpressionPlan.Arithmetic, _ other: ExpressionVector) -> ExpressionVector {
        let (a, av) = numberRows, (b, bv) = other.numberRows
        var values = [Double](repeating: 0, count: a.count)
        var valid = [Bool](repeating: false, count: a.count)
        for i in a.indices where av[i] && bv[i] {
            if let result = op.apply(a[i], b[i]) {
                values[i] = result
                valid[i] = true
            }
        }
        return .numbers(values, valid: valid)
    }
}
