import BackboneCore
import Measure
import Yams

extension PipelineDecoding {
    static let measureKeys = ["minimum_cell_size", "top_bottom_coding", "dosage_bands", "indicators"]
    static let defaultMinimumCellSize = 10
    static let defaultTopBottomCoding = TopBottomCoding.banded

    struct MeasureSettingsValues {
        var minimumCellSize: Int
        var coding: TopBottomCoding
        var dosageBands: [Double]
        var indicators: [IndicatorConfig]
    }

    /// `stages.measure`; every key is optional and an absent stage runs with the defaults.
    mutating func decodeMeasure(_ settings: YAMLMapping?) -> MeasureSettingsValues? {
        let minimumCellSize = settings?["minimum_cell_size"].map { positiveCellSize($0) } ?? Self.defaultMinimumCellSize
        let coding: TopBottomCoding? = settings?["top_bottom_coding"].map {
            reader.choice($0, key: "top_bottom_coding", noun: "top/bottom coding")
        } ?? Self.defaultTopBottomCoding
        let dosageBands = settings?["dosage_bands"].map { dosageCuts($0) } ?? MeasureSettings.defaultDosageCuts
        let indicators = settings?["indicators"].map { decodeIndicators($0) } ?? []
        guard let minimumCellSize, let coding, let dosageBands, let indicators else { return nil }
        return MeasureSettingsValues(
            minimumCellSize: minimumCellSize, coding: coding, dosageBands: dosageBands, indicators: indicators)
    }

    private mutating func positiveCellSize(_ node: Node) -> Int? {
        guard let size = reader.integer(node, for: "'minimum_cell_size'") else { return nil }
        guard size >= 1 else {
            reader.typeError(expected: "a positive integer", for: "'minimum_cell_size'", found: node)
            return nil
        }
        return size
    }

    /// `dosage_bands: [30, 90]`: positive hours, ascending, where one band ends and the next begins.
    private mutating func dosageCuts(_ node: Node) -> [Double]? {
        guard let items = reader.sequence(node, for: "'dosage_bands'") else { return nil }
        var cuts: [Double] = []
        var previous: Node?
        for item in items {
            guard let hours = reader.number(item, for: "an entry of 'dosage_bands'") else { return nil }
            guard hours > 0, cuts.last.map({ hours > $0 }) ?? true else {
                reader.error(
                    "expected dosage band limits in hours, above 0 and ascending; found \(YAMLNodeReader.describe(item))"
                        + (previous.map { " after \(YAMLNodeReader.describe($0))" } ?? ""),
                    at: item)
                return nil
            }
            cuts.append(hours)
            previous = item
        }
        return cuts
    }
}
