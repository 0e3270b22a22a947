import BackboneCore

/// Every frame row's group in every dimension as a small integer, computed once per frame
/// and shared by all indicators, so a group-by is array indexing.
struct GroupCoding: Sendable {
    static let noGroup = UInt16.max

    let dimensions: [Dimension]
    /// Per dimension, its groups in publishing order (codes ascending; bands in band order).
    let groups: [[(code: String, label: String)]]
    /// Per dimension, each row's group, `noGroup` where the value is missing; empty for everyone.
    let rowGroups: [[UInt16]]
    /// Index of each dimension's first group among all groups.
    let offsets: [Int]
    let groupCount: Int
    /// Pairs of group indices (among all groups) that count the same students.
    let equalities: [(Int, Int)]

    init(frame: Table, dimensions: [Dimension]) {
        self.dimensions = dimensions
        let coded = Parallel.map(dimensions.count) { Self.code(dimensions[$0], frame: frame) }
        groups = coded.map(\.groups)
        rowGroups = coded.map(\.rows)
        var offsets: [Int] = [], total = 0
        for dimensionGroups in groups {
            offsets.append(total)
            total += dimensionGroups.count
        }
        self.offsets = offsets
        groupCount = total
        var equalities: [(Int, Int)] = []
        for (d, dimension) in dimensions.enumerated() {
            for same in dimension.sameStudents {
                guard let other = dimensions.firstIndex(where: { $0.id == same.dimension }),
                    let a = groups[d].firstIndex(where: { $0.code == same.group }),
                    let b = groups[other].firstIndex(where: { $0.code == same.otherGroup })
                else { continue }
                equalities.append((offsets[d] + a, offsets[other] + b))
            }
        }
        self.equalities = equalities
    }

    private static func code(_ dimension: Dimension, frame: Table) -> (groups: [(code: String, label: String)], rows: [UInt16]) {
        let n = frame.rowCount
        switch dimension.grouping {
        case .everyone:
            return ([("all", dimension.label)], [])
        case .column(let name):
            guard let column = frame.strings(name), column.dictionary.count < Int(noGroup) else {
                return ([], [UInt16](repeating: noGroup, count: n))
            }
            let order = column.dictionary.indices.sorted {
                column.dictionary[$0].utf8.lexicographicallyPrecedes(column.dictionary[$1].utf8)
            }
            var rank = [UInt16](repeating: 0, count: column.dictionary.count)
            for (position, entry) in order.enumerated() { rank[entry] = UInt16(position) }
            var labels: CodeList?
            if case .code(let list)? = frame.column(name)?.type { labels = list }
            let groups = order.map { entry in
                let code = column.dictionary[entry]
                return (code, labels?.label(of: code) ?? code)
            }
            return (groups, column.codes.map { $0 < 0 ? noGroup : rank[Int($0)] })
        case .flag(let name, let yes, let no):
            guard let column = frame.booleans(name) else { return ([], [UInt16](repeating: noGroup, count: n)) }
            return ([("no", no), ("yes", yes)], (0..<n).map { column.valid[$0] ? (column.values[$0] ? 1 : 0) : noGroup })
        case .participation(let name):
            guard let hours = frame.decimals(name) else { return ([], [UInt16](repeating: noGroup, count: n)) }
            return (
                [("no", "Non-participants"), ("yes", "Participants")],
                (0..<n).map { hours.valid[$0] ? (hours.values[$0] > 0 ? 1 : 0) : noGroup }
            )
        case .hoursBands(let name, let cuts):
            guard let hours = frame.decimals(name) else { return ([], [UInt16](repeating: noGroup, count: n)) }
            return (
                DosageBands.groups(cuts: cuts),
                (0..<n).map { hours.valid[$0] ? UInt16(DosageBands.band(of: hours.values[$0], cuts: cuts)) : noGroup }
            )
        }
    }
}
