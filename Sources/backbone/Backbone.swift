import ArgumentParser
import Pipeline

@main
struct Backbone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backbone",
        abstract: "The data engine of a cradle-to-career partnership.",
        version: BackboneVersion.current,
        subcommands: [
            Check.self, Validate.self, Run.self, LinkCommand.self, Explain.self, Schema.self, Synth.self, Bench.self,
            History.self, Diff.self,
        ])
}
