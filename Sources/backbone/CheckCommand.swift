import ArgumentParser
import BackboneCore
import Foundation
import Pipeline

/// `backbone check PIPELINE`: reads and plans a pipeline file without opening any export.
///
/// Every problem goes to standard error as `file:line:column: error: message` (exit status 2);
/// a clean file prints its sources and the planned steps.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a pipeline file and show the planned run, without running anything.")

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    func run() throws {
        let config: PipelineConfig
        let plan: StagePlan
        do {
            config = try PipelineLoader.load(path: pipeline)
            plan = try StagePlan(config: config)
        } catch let error as DiagnosticsError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(RunStatus.configurationError.exitCode)
        }
        print(Self.summary(config, plan))
    }

    static func summary(_ config: PipelineConfig, _ plan: StagePlan) -> String {
        var lines = ["\(config.file): ok"]
        lines.append("sources (\(config.sources.count)):")
        for source in config.sources {
            lines.append("  \(source.id): \(source.table.rawValue) from \(source.partner), \(source.format.rawValue) \(source.path)")
        }
        lines.append("indicators (\(config.stages.measure.indicators.count)):")
        for indicator in config.stages.measure.indicators {
            lines.append("  \(indicator.id): \(indicator.name)")
        }
        lines.append("steps (\(plan.steps.count)):")
        for (index, step) in plan.steps.enumerated() {
            let after = step.dependencies.map { plan.steps[$0].name }
            lines.append("  \(index + 1). \(step.name)" + (after.isEmpty ? "" : " (after \(after.joined(separator: ", ")))"))
        }
        return lines.joined(separator: "\n")
    }
}
