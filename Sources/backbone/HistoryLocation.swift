import ArgumentParser
import BackboneCore
import Foundation
import RunHistory

/// Which card's history `history` and `diff` read: named by its pipeline file or its folder.
struct HistoryLocation: ParsableArguments {
    @Argument(help: "The pipeline file; its card's history is out/<pipeline name>.history.sqlite.")
    var pipeline: String?

    @Option(help: "The card's folder, as given to `backbone run --out` (default: out/<pipeline name>).")
    var out: String?

    func open() throws -> RunHistoryStore {
        let cwd = FileManager.default.currentDirectoryPath
        let card = out ?? pipeline.map { "out/\(PipelineName.of($0))" }
        return try RunHistoryStore.locate(
            publishedDirectory: card.map { FilePath.resolve($0, against: cwd) }, searchFolder: FilePath.resolve("out", against: cwd),
            displayBase: cwd)
    }
}
