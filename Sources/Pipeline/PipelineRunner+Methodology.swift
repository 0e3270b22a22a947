import BackboneCore
import Foundation
import Measure
import ReportCard

extension PipelineRunner {
    /// The methodology page's facts: every source with its files' SHA-256 and its rules, and the
    /// suppression and linkage settings, all from the pipeline file and the files it read.
    func methodology(_ state: RunState) -> Methodology {
        let inputs = state.inputs!
        let measure = config.stages.measure
        let link = config.stages.link.probabilistic
        return Methodology(
            pipelineFile: (config.file as NSString).lastPathComponent,
            sources: state.extracted.map { extracted in
                let source = extracted.config
                let rules = config.stages.validate.sources.first { $0.source == source.id }?.rules ?? []
                return .init(
                    id: source.id, partner: partnerName(source.partner), table: source.table.rawValue,
                    format: source.format.rawValue,
                    files: inputs.files(ofSource: source.id).map { file in
                        .init(name: FilePath.name(of: file.path), bytes: file.digest.bytes, sha256: file.digest.sha256)
                    },
                    rules: rules.map { "\($0.name) (\($0.severity.rawValue))" })
            },
            suppression: [
                .init(name: "Minimum group size", value: "\(measure.minimumCellSize) students"),
                .init(name: "Complementary suppression", value: "further groups hidden wherever a hidden value could be worked out from totals and other groups"),
                .init(name: "Top and bottom coding", value: measure.topBottomCoding.rawValue),
                .init(name: "Dosage bands (program hours)", value: measure.dosageBands.map { NumberFormat.fixed($0, decimals: 0) }.joined(separator: ", ")),
            ],
            linkage: [
                .init(name: "Reference roster", value: config.stages.link.reference),
                .init(name: "Blocking rules", value: link.blocking.map(\.description).joined(separator: "; ")),
                .init(name: "Link threshold (match probability)", value: NumberFormat.fixed(link.linkThreshold, decimals: 2)),
                .init(name: "Review threshold (match probability)", value: NumberFormat.fixed(link.reviewThreshold, decimals: 2)),
                .init(name: "Expected share of participants with a district record", value: NumberFormat.fixed(link.expectedMatchShare, decimals: 2)),
                .init(name: "School names from", value: config.stages.link.schools ?? "none"),
            ])
    }
}
