extension Table {
    /// The rows where `keep` is true, in their order, each still pointing at the file and line
    /// (or record) it was read from: what validation hands on after setting rows aside.
    ///
    /// String columns keep only the dictionary entries the remaining rows use, so every entry
    /// still occurs at least once. Columns are filtered concurrently.
    ///
    /// - Complexity: O(rows × columns).
    public func filter(keeping keep: [Bool]) -> Table {
        precondition(keep.count == rowCount, "\(keep.count) flags for \(rowCount) rows in \(name)")
        let kept = keep.indices.filter { keep[$0] }
        let columns = Parallel.map(self.columns.count) { i in self.columns[i].rows(kept) }
        return Table(name: name, columns: columns, origins: origins.rows(kept))
    }
}

extension Column {
    /// The column's cells at `rows`, in that order; strings re-coded to the entries still used.
    func rows(_ rows: [Int]) -> Column {
        func pick<T>(_ values: [T]) -> [T] { rows.map { values[$0] } }
        switch storage {
        case .strings(let codes, let dictionary):
            var newCode = [Int32](repeating: -1, count: dictionary.count)
            var newDictionary: [String] = []
            var newCodes = [Int32](repeating: -1, count: rows.count)
            for (i, row) in rows.enumerated() {
                let code = Int(codes[row])
                guard code >= 0 else { continue }
                if newCode[code] < 0 {
                    newCode[code] = Int32(newDictionary.count)
                    newDictionary.append(dictionary[code])
                }
                newCodes[i] = newCode[code]
            }
            return Column(name: name, type: type, storage: .strings(codes: newCodes, dictionary: newDictionary))
        case .integers(let values, let valid):
            return Column(name: name, type: type, storage: .integers(pick(values), valid: pick(valid)))
        case .decimals(let values, let valid):
            return Column(name: name, type: type, storage: .decimals(pick(values), valid: pick(valid)))
        case .dates(let values, let valid):
            return Column(name: name, type: type, storage: .dates(pick(values), valid: pick(valid)))
        case .booleans(let values, let valid):
            return Column(name: name, type: type, storage: .booleans(pick(values), valid: pick(valid)))
        }
    }
}
