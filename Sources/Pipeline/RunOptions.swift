/// Where a run writes: the published report card folder and the private record-level folder.
public struct RunOptions: Sendable {
    /// Replaced as a whole when the run succeeds.
    public var outputDirectory: String
    /// Record-level files (quarantine, crosswalk); created owner-only.
    public var privateDirectory: String

    public init(outputDirectory: String, privateDirectory: String) {
        self.outputDirectory = outputDirectory
        self.privateDirectory = privateDirectory
    }
}
