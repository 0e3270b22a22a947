import BackboneCore

/// Typed views of a canonical table's columns, taken once per table so the frame's loops
/// read plain arrays, never a `Value` or a column name per cell.
extension Table {
    func strings(_ name: String) -> (codes: [Int32], dictionary: [String])? {
        guard case .strings(let codes, let dictionary)? = column(name)?.storage else { return nil }
        return (codes, dictionary)
    }

    /// Integers, grade levels and school years.
    func integers(_ name: String) -> (values: [Int64], valid: [Bool])? {
        guard case .integers(let values, let valid)? = column(name)?.storage else { return nil }
        return (values, valid)
    }

    func decimals(_ name: String) -> (values: [Double], valid: [Bool])? {
        guard case .decimals(let values, let valid)? = column(name)?.storage else { return nil }
        return (values, valid)
    }

    func dates(_ name: String) -> (values: [Int32], valid: [Bool])? {
        guard case .dates(let values, let valid)? = column(name)?.storage else { return nil }
        return (values, valid)
    }

    func booleans(_ name: String) -> (values: [Bool], valid: [Bool])? {
        guard case .booleans(let values, let valid)? = column(name)?.storage else { return nil }
        return (values, valid)
    }
}
