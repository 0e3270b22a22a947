import BackboneCore
import Foundation
import Pipeline

/// `--log-format json`: one JSON object per line on standard error for each event (run
/// started and finished, stage started and finished with counts and seconds, warnings,
/// errors), for schedulers and log collectors. Counts, places and messages only: messages
/// describe values by their shape, never by the value.
final class JSONEventLog: RunObserver {
    private let started = Date()

    func runStarted(command: String, pipeline: String) {
        emit(["event": "run_started", "command": command, "pipeline": pipeline, "backbone_version": BackboneVersion.current])
    }

    func stageStarted(_ stage: String) {
        emit(["event": "stage_started", "stage": stage])
    }

    func stageFinished(_ record: RunManifest.Stage, summary: String) {
        emit([
            "event": "stage_finished", "stage": record.stage, "seconds": rounded(record.seconds), "skipped": record.skipped,
            "records": record.records,
        ])
    }

    func warning(_ diagnostic: Diagnostic) {
        emit(fields(of: diagnostic, event: "warning"))
    }

    /// The run's last line: its status and exit code, and what it published.
    func runFinished(_ status: RunStatus, manifest: RunManifest? = nil, output: String? = nil) {
        var object: [String: Any] = [
            "event": "run_finished", "status": status.rawValue, "exit_code": Int(status.exitCode),
            "seconds": rounded(Date().timeIntervalSince(started)),
        ]
        if let manifest {
            object["run_id"] = manifest.run.id
            object["mode"] = manifest.run.mode
        }
        if let output { object["output"] = output }
        emit(object)
    }

    /// Every diagnostic of the error as an `error` event, then `run_finished`; returns the exit status.
    func failed(_ error: Error) -> Int32 {
        let status = RunStatus(error)
        RunStatus.diagnostics(of: error).forEach { emit(fields(of: $0, event: "error")) }
        runFinished(status)
        return status.exitCode
    }

    private func fields(of diagnostic: Diagnostic, event: String) -> [String: Any] {
        var object: [String: Any] = ["event": event, "severity": diagnostic.severity.rawValue, "message": diagnostic.message]
        if let location = diagnostic.location {
            object["file"] = location.file
            if let line = location.line { object["line"] = line }
            if let column = location.column { object["column"] = column }
            if let record = location.record { object["record"] = record }
            if let path = location.path { object["element"] = path }
        }
        return object
    }

    private func emit(_ object: [String: Any]) {
        var stamped = object
        stamped["time"] = RunIdentifier.timestamp(Date())
        guard let data = try? JSONSerialization.data(withJSONObject: stamped, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        FileHandle.standardError.write(data + Data([0x0a]))
    }

    private func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }
}
