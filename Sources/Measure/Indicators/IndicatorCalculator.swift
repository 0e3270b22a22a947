import BackboneCore

/// Computes an indicator for every reported school year and every group of every dimension,
/// decides what may be published, and compares each published value with the best-served
/// group, all students, the baseline year and the target.
enum IndicatorCalculator {
    /// - Parameters:
    ///   - schoolYears: the years the frame holds; an indicator reports no other.
    static func compute(
        _ definition: IndicatorConfig, rows: IndicatorRows, coding: GroupCoding, schoolYears: [Int],
        suppression: CellSuppressor.Settings
    ) -> IndicatorSeries {
        let reported = schoolYears.filter { definition.years?.contains($0) ?? true }
        let offsetOfYear = Dictionary(uniqueKeysWithValues: reported.enumerated().map { ($1, Int32($0)) })
        let yearOfRow = zip(rows.population, rows.years).map { inPopulation, year -> Int32 in
            guard inPopulation, let year, let offset = offsetOfYear[year] else { return -1 }
            return offset
        }
        let counts = GroupCounts(coding: coding, yearOfRow: yearOfRow, numerator: rows.numerator, yearCount: reported.count)
        var results: [IndicatorResult] = []
        for (offset, year) in reported.enumerated() {
            results += yearResults(definition.id, year: year, offset: offset, counts: counts, coding: coding, suppression: suppression)
        }
        IndicatorComparisons.add(to: &results, definition: definition)
        return IndicatorSeries(
            definition: definition, dimensions: coding.dimensions.map { ($0.id, $0.label) }, results: results)
    }

    /// One year's cells, with each suppression decision; nothing for a year with no population.
    private static func yearResults(
        _ indicator: String, year: Int, offset: Int, counts: GroupCounts, coding: GroupCoding,
        suppression: CellSuppressor.Settings
    ) -> [IndicatorResult] {
        var results: [IndicatorResult] = []
        var cellOfGroup = [Int](repeating: -1, count: coding.groupCount)
        var cells: [CellTable.Cell] = []
        var partsOfDimensions: [[Int]] = []
        var total: Int?
        for (d, dimension) in coding.dimensions.enumerated() {
            var parts: [Int] = []
            for (g, group) in coding.groups[d].enumerated() {
                let index = coding.offsets[d] + g
                let denominator = counts.denominator(year: offset, group: index)
                guard denominator > 0 else { continue }
                let numerator = counts.numerator(year: offset, group: index)
                let isTotal = dimension.column == nil
                cellOfGroup[index] = cells.count
                if isTotal { total = cells.count } else { parts.append(cells.count) }
                cells.append(CellTable.Cell(numerator: numerator, denominator: denominator, isTotal: isTotal))
                results.append(IndicatorResult(
                    indicator: indicator, schoolYear: year, dimension: dimension.id, group: group.code,
                    groupLabel: group.label, numerator: numerator, denominator: denominator))
            }
            if !parts.isEmpty { partsOfDimensions.append(parts) }
        }
        guard !results.isEmpty else { return [] }
        // Each dimension's groups add up to all students (missing values aside).
        let partitions = total.map { total in partsOfDimensions.map { CellTable.Partition(total: total, parts: $0) } } ?? []
        let equalities = coding.equalities.compactMap { a, b -> (Int, Int)? in
            cellOfGroup[a] >= 0 && cellOfGroup[b] >= 0 ? (cellOfGroup[a], cellOfGroup[b]) : nil
        }
        let decisions = CellSuppressor.protect(
            CellTable(cells: cells, partitions: partitions, equalities: equalities), settings: suppression)
        for (i, decision) in decisions.enumerated() {
            results[i].suppression = decision?.suppression
            results[i].bound = decision?.bound
        }
        return results
    }
}
