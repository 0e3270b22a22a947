import BackboneCore

/// Receives a run's progress: the terminal printer, a JSON logger, or a test.
///
/// Events carry counts and timings only, never record-level values.
public protocol RunObserver: AnyObject {
    func stageStarted(_ stage: String)
    /// `record` is this batch's: its time, counts, and whether the cache stood in for it.
    func stageFinished(_ record: RunManifest.Stage, summary: String)
    func warning(_ diagnostic: Diagnostic)
}
