import BackboneCore

/// Counts each indicator's numerator and denominator per school year and group, then suppresses small cells.
public enum IndicatorCalculator {
    /// Filters already evaluated on the frame: a population mask and a numerator mask.
    public struct Masks: Sendable {
        public var population: [Bool]
        public var numerator: [Bool]

        public init(population: [Bool], numerator: [Bool]) {
            self.population = population
            self.numerator = numerator
        }
    }

    public static func compute(
        _ definition: IndicatorConfig, masks: Masks, frame: Table, dimensions: [Dimension] = Dimension.standard,
        minimumCellSize: Int
    ) -> IndicatorSeries {
        let years = frame.column("school_year")!
        struct Cell { var numerator = 0; var denominator = 0; var label = "" }
        var results: [IndicatorResult] = []
        var cells: [Int: [String: [String: Cell]]] = [:]
        for row in 0..<frame.rowCount where masks.population[row] {
            guard case .integer(let year) = years[row] else { continue }
            for dimension in dimensions {
                let value = dimension.column.map { frame[row, $0] } ?? .null
                guard let group = dimension.group(of: value, in: frame) else { continue }
                var cell = cells[Int(year), default: [:]][dimension.id, default: [:]][group.code] ?? Cell()
                cell.denominator += 1
                if masks.numerator[row] { cell.numerator += 1 }
                cell.label = group.label
                cells[Int(year), default: [:]][dimension.id, default: [:]][group.code] = cell
            }
        }
        for year in cells.keys.sorted() {
            for dimension in dimensions {
                guard let groups = cells[year]?[dimension.id] else { continue }
                var block = groups.keys.sorted().map { code in
                    IndicatorResult(
                        indicator: definition.id, schoolYear: year, dimension: dimension.id, group: code,
                        groupLabel: groups[code]!.label, numerator: groups[code]!.numerator,
                        denominator: groups[code]!.denominator, suppression: nil)
                }
                if dimension.column != nil { SmallCellSuppressor.suppress(&block, minimumCellSize: minimumCellSize) }
                else if let all = block.first, all.denominator < minimumCellSize { block[0].suppression = .smallCell }
                results += block
            }
        }
        return IndicatorSeries(definition: definition, results: results)
    }
}
