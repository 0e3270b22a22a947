import BackboneCore
import Foundation

/// `backbone bench pipeline`: the whole nightly run on the demo community at several sizes,
/// each run a `backbone run` child process timed and measured on its own, its stages read from
/// the card's `manifest.json`; beside it, when the peers are set up, DuckDB computing the same
/// indicators from the same files.
///
/// Under `workDirectory`: `riverton-<N>x/` (written by `backbone synth` when missing; 1x is the
/// committed demo), `riverton-<N>x.yml` (the demo pipeline pointed at it), and `runs/<N>x/` with
/// the run's card, private folder and logs, replaced on every run so each run is a full one.
public struct PipelineBenchmark: Sendable {
    public var workDirectory: String
    /// Community sizes as multiples of the demo's students.
    public var sizes: [Int]
    public var seed: UInt64
    public var studentsAt1x: Int
    /// The `backbone` executable the children run (this one, normally).
    public var backbone: String
    /// The demo pipeline file and the committed demo community it reads (the 1x size).
    public var pipeline: String
    public var demoCommunity: String
    /// The Python that has DuckDB (`benchmarks/setup-peers.sh`), and the folder of `indicators.py`.
    public var python: String
    public var peerScripts: String
    public var runsPeers: Bool
    /// Each child is killed after this many seconds.
    public var timeLimit: Double

    public init(
        workDirectory: String, sizes: [Int], seed: UInt64, studentsAt1x: Int, backbone: String, pipeline: String,
        demoCommunity: String, python: String, peerScripts: String, runsPeers: Bool, timeLimit: Double
    ) {
        self.workDirectory = workDirectory
        self.sizes = sizes
        self.seed = seed
        self.studentsAt1x = studentsAt1x
        self.backbone = backbone
        self.pipeline = pipeline
        self.demoCommunity = demoCommunity
        self.python = python
        self.peerScripts = peerScripts
        self.runsPeers = runsPeers
        self.timeLimit = timeLimit
    }

    /// Every size in turn; `progress` hears a line as each step ends.
    public func run(progress: (String) -> Void) throws -> [PipelineBenchmarkSize] {
        try PrivateFolder.create(workDirectory)
        let duckdb = runsPeers ? "DuckDB " + (try duckdbVersion()) : nil
        return try sizes.map { size in
            let community = try self.community(size: size, progress: progress)
            let copy = workDirectory + "/riverton-\(size)x.yml"
            try writePipeline(to: copy, community: community)
            var result = try runBackbone(size: size, pipeline: copy, progress: progress)
            if let duckdb {
                result.duckdb = try compareWithDuckDB(
                    tool: duckdb, size: size, community: community, published: runFolder(size) + "/out/indicators.csv")
                progress("\(size)x: \(Self.summary(result.duckdb!))")
            }
            return result
        }
    }

    func runFolder(_ size: Int) -> String { workDirectory + "/runs/\(size)x" }

    /// The state assessment as CSV, for DuckDB: derived once per community.
    func assessmentsCSV(_ size: Int) -> String { workDirectory + "/assessments-\(size)x.csv" }

    /// The community of `size` times the demo: the demo itself at 1x, else `riverton-<N>x`,
    /// written (through a `.partial` folder) unless a folder there says it was generated from
    /// the same seed and size.
    private func community(size: Int, progress: (String) -> Void) throws -> String {
        if size == 1 { return FilePath.resolve(demoCommunity, against: FileManager.default.currentDirectoryPath) }
        let folder = workDirectory + "/riverton-\(size)x"
        let students = size * studentsAt1x
        if let readme = try? String(contentsOfFile: folder + "/README.md", encoding: .utf8),
            BenchmarkCommunity.matches(readme: readme, seed: seed, students: students)
        {
            return folder
        }
        let partial = folder + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        try PrivateFolder.create(partial)
        let synth = try MeasuredProcess.run(
            backbone, ["synth", "--seed", String(seed), "--students", String(students), "--out", partial],
            standardError: partial + "/synth.stderr.log", timeout: timeLimit)
        guard synth.succeeded else {
            throw Diagnostic.error(
                "writing the \(size)x community failed (\(LinkBenchmark.describe(synth))); see \(partial)/synth.stderr.log",
                at: SourceLocation(file: folder))
        }
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: assessmentsCSV(size))  // derived from the folder replaced
        try FileManager.default.moveItem(atPath: partial, toPath: folder)
        progress("\(size)x: community of \(NumberFormat.count(students)) students written in "
            + "\(NumberFormat.fixed(synth.seconds, decimals: 1)) s to \(folder)")
        return folder
    }

    private func writePipeline(to path: String, community: String) throws {
        guard let data = FileManager.default.contents(atPath: pipeline) else {
            throw Diagnostic.error("cannot read the pipeline file", at: SourceLocation(file: pipeline))
        }
        let directory = FilePath.resolve(FilePath.directory(of: pipeline), against: FileManager.default.currentDirectoryPath)
        let text = try BenchmarkCommunity.pipelineText(
            String(decoding: data, as: UTF8.self), display: pipeline, community: community, pipelineDirectory: directory)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// `backbone run` into a fresh `runs/<N>x/`, its stages read from the card's manifest.
    private func runBackbone(size: Int, pipeline: String, progress: (String) -> Void) throws -> PipelineBenchmarkSize {
        let folder = runFolder(size)
        try? FileManager.default.removeItem(atPath: folder)
        try PrivateFolder.create(folder)
        let log = folder + "/backbone.stderr.log"
        let run = try MeasuredProcess.run(
            backbone, ["run", pipeline, "--out", folder + "/out", "--private", folder + "/private"], standardError: log,
            timeout: timeLimit)
        try PrivateFolder.writeFile(Data(run.standardOutput.utf8), to: folder + "/backbone.stdout.txt")
        guard run.succeeded else {
            throw Diagnostic.error(
                "the \(size)x run failed (\(LinkBenchmark.describe(run))); see \(log)", at: SourceLocation(file: pipeline))
        }
        let manifest = try RunManifest.read(publishedDirectory: folder + "/out")
        let result = PipelineBenchmarkSize(
            size: size, students: size * studentsAt1x, seconds: run.seconds, peakBytes: run.peakBytes,
            floorBytes: run.floorBytes, stages: StageFigures.of(manifest.stages))
        progress("\(size)x: Backbone \(NumberFormat.fixed(run.seconds, decimals: 1)) s, "
            + "\(PipelineBenchmarkTable.mebibytes(run.peakBytes)) MiB")
        return result
    }
}
