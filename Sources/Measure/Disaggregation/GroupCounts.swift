import BackboneCore

/// One indicator's numerator and denominator per school year and group: a pass over the
/// frame's rows in parallel chunks, each counting into its own arrays, added up in chunk
/// order (integer sums, so the result never depends on the thread count).
struct GroupCounts {
    let yearCount: Int
    let groupCount: Int
    /// Index `year * groupCount + group`.
    private(set) var numerators: [Int]
    private(set) var denominators: [Int]

    /// - Parameters:
    ///   - yearOfRow: each row's school year as an offset into the reported years, -1 for a
    ///     row outside the indicator's population.
    ///   - numerator: whether each row meets the numerator.
    init(coding: GroupCoding, yearOfRow: [Int32], numerator: [Bool], yearCount: Int) {
        self.yearCount = yearCount
        groupCount = coding.groupCount
        let size = yearCount * coding.groupCount
        // Small enough that the demo (20,000 rows) already spans several chunks.
        let chunk = 1 << 13
        let chunks = Parallel.map((yearOfRow.count + chunk - 1) / chunk) { part -> ([Int32], [Int32]) in
            let rows = part * chunk..<min(yearOfRow.count, (part + 1) * chunk)
            // The chunk's counted rows: their index and their first cell (year × groups).
            var counted: [Int] = [], base: [Int] = [], met: [Int32] = []
            for row in rows where yearOfRow[row] >= 0 {
                counted.append(row)
                base.append(Int(yearOfRow[row]) * coding.groupCount)
                met.append(numerator[row] ? 1 : 0)
            }
            var numerators = [Int32](repeating: 0, count: size), denominators = numerators
            numerators.withUnsafeMutableBufferPointer { numerators in
                denominators.withUnsafeMutableBufferPointer { denominators in
                    for (d, rowGroups) in coding.rowGroups.enumerated() {
                        let offset = coding.offsets[d]
                        rowGroups.withUnsafeBufferPointer { groups in
                            for i in counted.indices {
                                let group = groups.isEmpty ? 0 : groups[counted[i]]
                                guard group != GroupCoding.noGroup else { continue }
                                let cell = base[i] + offset + Int(group)
                                denominators[cell] &+= 1
                                numerators[cell] &+= met[i]
                            }
                        }
                    }
                }
            }
            return (numerators, denominators)
        }
        numerators = [Int](repeating: 0, count: size)
        denominators = numerators
        for (chunkNumerators, chunkDenominators) in chunks {
            for cell in 0..<size {
                numerators[cell] += Int(chunkNumerators[cell])
                denominators[cell] += Int(chunkDenominators[cell])
            }
        }
    }

    func numerator(year: Int, group: Int) -> Int { numerators[year * groupCount + group] }
    func denominator(year: Int, group: Int) -> Int { denominators[year * groupCount + group] }
}
