/// Where a run writes: the published report card folder and the private record-level folder.
public struct RunOptions: Sendable {
    /// Replaced as a whole when the run succeeds.
    public var outputDirectory: String
    /// Record-level files (quarantine, crosswalk); created owner-only.
    public var privateDirectory: String
    /// The data-quality figures to compare with, instead of the published card's: verify
    /// reruns against the baseline its manifest recorded.
    public var baseline: PreviousDataQuality?
    /// When another run holds the published folder's lock: wait for it (true) or stop at once.
    public var waitForLock: Bool
    /// Whether the run goes into the card's history; verify's reruns do not.
    public var recordsHistory = true
    /// Redo every stage, ignoring (and rewriting) the stage cache in the private folder.
    public var full: Bool

    public init(
        outputDirectory: String, privateDirectory: String, baseline: PreviousDataQuality? = nil, waitForLock: Bool = false,
        full: Bool = false
    ) {
        self.outputDirectory = outputDirectory
        self.privateDirectory = privateDirectory
        self.baseline = baseline
        self.waitForLock = waitForLock
        self.full = full
    }
}
