import BackboneCore
import Foundation

/// The side-by-side linkage benchmark of `backbone bench link`: FEBRL4 and the demo
/// community's rosters at several sizes, each linked by Backbone and by Splink as child
/// processes, each process timed and its peak memory taken on its own, each crosswalk scored
/// the same way (`../shared/bench/README.md`).
///
/// Everything lives under `workDirectory`: `febrl/` (exported by the peers' Python script
/// when missing), `rosters-<N>x/` (written by `backbone synth --rosters` when missing), and
/// beside each data set the crosswalk, standard output and standard error of each tool.
public struct LinkBenchmark: Sendable {
    public var workDirectory: String
    /// Roster sizes as multiples of `studentsAt1x`.
    public var sizes: [Int]
    public var studentsAt1x: Int
    /// The `backbone` executable the children run (this one, normally).
    public var backbone: String
    /// The Python that has Splink (`../shared/bench/setup-peers.sh`); it also exports FEBRL.
    public var python: String
    /// The folder of `export_febrl.py`, `splink_febrl4.py` and `splink_rosters.py`.
    public var peerScripts: String
    /// The folder of `febrl.yml` and `rosters.yml`.
    public var settingsFolder: String
    public var runsSplink: Bool
    /// Each tool's run is killed after this many seconds.
    public var timeLimit: Double

    /// The threshold of Splink's figures: its README reference uses it, and Backbone's shipped
    /// settings link above 50%.
    static let splinkThreshold = "0.5"

    public init(
        workDirectory: String, sizes: [Int], studentsAt1x: Int, backbone: String, python: String, peerScripts: String,
        settingsFolder: String, runsSplink: Bool, timeLimit: Double
    ) {
        self.workDirectory = workDirectory
        self.sizes = sizes
        self.studentsAt1x = studentsAt1x
        self.backbone = backbone
        self.python = python
        self.peerScripts = peerScripts
        self.settingsFolder = settingsFolder
        self.runsSplink = runsSplink
        self.timeLimit = timeLimit
    }

    /// Runs every data set in turn; `progress` hears a line as each step ends.
    public func run(progress: (String) -> Void) throws -> [LinkBenchmarkDataSet] {
        try PrivateFolder.create(workDirectory)
        let splinkName = runsSplink ? "Splink " + (try splinkVersion()) : ""
        let febrlFolder = try febrl(progress: progress)
        var sets = [
            try link(
                name: "FEBRL4", folder: febrlFolder, settings: "febrl.yml", students: "febrl4_a.csv",
                participants: "febrl4_b.csv", splink: runsSplink ? (splinkName, ["splink_febrl4.py"]) : nil,
                truth: { .febrlRecordNumbers(participants: $0) }, progress: progress)
        ]
        for size in sizes {
            let folder = try rosters(size: size, progress: progress)
            sets.append(
                try link(
                    name: "rosters \(size)x", folder: folder, settings: "rosters.yml", students: "district.csv",
                    participants: "cbo.csv", splink: runsSplink ? (splinkName, ["splink_rosters.py", folder]) : nil,
                    truth: { _ in try LinkageTruth.rosterFile(folder + "/truth.csv", display: folder + "/truth.csv") },
                    progress: progress))
        }
        return sets
    }

    /// The FEBRL folder, exported by the peers' script when it is not there yet.
    private func febrl(progress: (String) -> Void) throws -> String {
        let folder = workDirectory + "/febrl"
        let files = ["febrl4_a.csv", "febrl4_b.csv"].map { folder + "/" + $0 }
        guard !files.allSatisfy(FileManager.default.fileExists(atPath:)) else { return folder }
        try PrivateFolder.create(folder)
        let export = try MeasuredProcess.run(
            python, [peerScripts + "/export_febrl.py", folder], standardError: folder + "/export.stderr.log")
        guard export.succeeded else {
            throw Diagnostic.error(
                "exporting FEBRL with \(python) failed (\(LinkBenchmark.describe(export))); see \(folder)/export.stderr.log",
                at: SourceLocation(file: peerScripts + "/export_febrl.py"))
        }
        progress("FEBRL4: exported to \(folder)")
        return folder
    }

    /// The roster folder of `size` times the demo community, written when it is not there yet
    /// (into a `.partial` folder first, so an interrupted write is never taken for a finished one).
    private func rosters(size: Int, progress: (String) -> Void) throws -> String {
        let folder = workDirectory + "/rosters-\(size)x"
        let files = ["district.csv", "cbo.csv", "truth.csv"].map { folder + "/" + $0 }
        guard !files.allSatisfy(FileManager.default.fileExists(atPath:)) else { return folder }
        let partial = folder + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        try PrivateFolder.create(partial)
        let synth = try MeasuredProcess.run(
            backbone, ["synth", "--rosters", "--students", String(size * studentsAt1x), "--out", partial],
            standardError: partial + "/synth.stderr.log")
        guard synth.succeeded else {
            throw Diagnostic.error(
                "writing the rosters failed (\(LinkBenchmark.describe(synth))); see \(partial)/synth.stderr.log",
                at: SourceLocation(file: folder))
        }
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.moveItem(atPath: partial, toPath: folder)
        progress("rosters \(size)x: written in \(NumberFormat.fixed(synth.seconds, decimals: 1)) s to \(folder)")
        return folder
    }

    /// Splink's version as its package records it.
    private func splinkVersion() throws -> String {
        let log = workDirectory + "/splink-version.stderr.log"
        let version = try? MeasuredProcess.run(
            python, ["-c", "import importlib.metadata as m; print(m.version('splink'))"], standardError: log)
        guard let version, version.succeeded else {
            let why = version.map { "\(LinkBenchmark.describe($0)); see \(log)" } ?? "it cannot be started"
            throw Diagnostic.error(
                "expected a Python with Splink (\(why)): set up the peers with ../shared/bench/setup-peers.sh "
                    + ".peers-venv, or give --python, or --skip-splink", at: SourceLocation(file: python))
        }
        return version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// How a child ended, for messages.
    static func describe(_ process: MeasuredProcess) -> String {
        if process.timedOut { return "stopped at the time limit" }
        switch process.ending {
        case .exited(let status): return "exit status \(status)"
        case .signalled(let signal): return "killed by signal \(signal)"
        }
    }
}
