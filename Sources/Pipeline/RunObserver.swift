import BackboneCore

/// Receives a run's progress: the terminal printer, a JSON logger, or a test.
///
/// Events carry counts and timings only, never record-level values.
public protocol RunObserver: AnyObject {
    func stageStarted(_ stage: String)
    func stageFinished(_ stage: String, seconds: Double, summary: String)
    func warning(_ diagnostic: Diagnostic)
}
