import BackboneCore
import Foundation

extension LinkBenchmark {
    /// Links one data set in `folder` with Backbone and, when `splink` names the tool and its
    /// script's arguments, with Splink; `truth` is given the participants' count.
    func link(
        name: String, folder: String, settings: String, students: String, participants: String,
        splink: (tool: String, arguments: [String])?, truth: (Int) throws -> LinkageTruth,
        progress: (String) -> Void
    ) throws -> LinkBenchmarkDataSet {
        let (studentsFile, participantsFile) = (folder + "/" + students, folder + "/" + participants)
        let participantCount = try BenchmarkCSV.rowCount(participantsFile, display: participantsFile)
        let backbone = try linkWithBackbone(
            folder: folder, settings: settingsFolder + "/" + settings, students: studentsFile,
            participants: participantsFile, truth: try truth(participantCount))
        progress("\(name): \(Self.summary(backbone))")
        let splinkRun = try splink.map { splink in
            let run = try linkWithSplink(folder: folder, tool: splink.tool, arguments: splink.arguments)
            progress("\(name): \(Self.summary(run))")
            return run
        }
        return LinkBenchmarkDataSet(
            name: name, students: try BenchmarkCSV.rowCount(studentsFile, display: studentsFile),
            participants: participantCount, backbone: backbone, splink: splinkRun)
    }

    /// `backbone link` as a child, its crosswalk scored here.
    private func linkWithBackbone(
        folder: String, settings: String, students: String, participants: String, truth: LinkageTruth
    ) throws -> LinkBenchmarkRun {
        let crosswalk = folder + "/backbone-crosswalk.csv"
        let log = folder + "/backbone.stderr.log"
        let process = try MeasuredProcess.run(
            backbone, ["link", settings, students, participants, "--out", crosswalk], standardError: log,
            timeout: timeLimit)
        try PrivateFolder.writeFile(Data(process.standardOutput.utf8), to: folder + "/backbone.stdout.txt")
        let tool = "Backbone " + BackboneVersion.current
        guard process.succeeded else { return Self.unscored(process, tool: tool, log: log) }
        let score = LinkageScore(links: try CrosswalkFile.links(crosswalk, display: crosswalk), truth: truth)
        return LinkBenchmarkRun(
            tool: tool, result: .scored(score.accuracy), seconds: process.seconds, peakBytes: process.peakBytes,
            floorBytes: process.floorBytes)
    }

    /// One of the peers' Splink scripts as a child, its figures read from what it prints.
    private func linkWithSplink(folder: String, tool: String, arguments: [String]) throws -> LinkBenchmarkRun {
        let log = folder + "/splink.stderr.log"
        let output = folder + "/splink.stdout.txt"
        let process = try MeasuredProcess.run(
            python, [peerScripts + "/" + arguments[0]] + arguments.dropFirst(), standardError: log, timeout: timeLimit)
        try PrivateFolder.writeFile(Data(process.standardOutput.utf8), to: output)
        guard process.succeeded else { return Self.unscored(process, tool: tool, log: log) }
        let result: LinkBenchmarkRun.Result
        do {
            result = .scored(
                try SplinkOutput.figures(in: process.standardOutput, threshold: Self.splinkThreshold, display: output))
        } catch let diagnostic as Diagnostic {
            result = .failed(reason: diagnostic.description)
        }
        return LinkBenchmarkRun(tool: tool, result: result, seconds: process.seconds, peakBytes: process.peakBytes,
            floorBytes: process.floorBytes)
    }

    private static func unscored(_ process: MeasuredProcess, tool: String, log: String) -> LinkBenchmarkRun {
        LinkBenchmarkRun(
            tool: tool, result: process.timedOut ? .stopped : .failed(reason: "\(describe(process)); see \(log)"),
            seconds: process.seconds, peakBytes: process.peakBytes,
            floorBytes: process.floorBytes)
    }

    /// `Splink 5.0.0: F1 0.9993, 21.3 s, 375 MiB`, for progress lines.
    private static func summary(_ run: LinkBenchmarkRun) -> String {
        let outcome: String
        switch run.result {
        case .scored(let accuracy): outcome = "F1 " + NumberFormat.fixed(accuracy.f1, decimals: 4)
        case .failed(let reason): outcome = "failed: " + reason
        case .stopped: outcome = "stopped at the time limit"
        }
        return "\(run.tool): \(outcome), \(NumberFormat.fixed(run.seconds, decimals: 2)) s, "
            + "\(LinkBenchmarkTable.mebibytes(run.peakBytes)) MiB"
    }
}
