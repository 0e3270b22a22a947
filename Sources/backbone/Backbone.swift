import ArgumentParser

@main
struct Backbone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backbone",
        abstract: "The data engine of a cradle-to-career partnership.",
        subcommands: [Synth.self])
}
