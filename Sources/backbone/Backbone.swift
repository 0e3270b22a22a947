import ArgumentParser
import Pipeline

@main
struct Backbone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backbone",
        abstract: "The data engine of a cradle-to-career partnership.",
        version: BackboneVersion.current,
        subcommands: [
            Init.self, Check.self, Validate.self, Run.self, Verify.self, History.self, Diff.self, LinkCommand.self, Explain.self,
            Schema.self, Synth.self, Bench.self,
        ])
}
