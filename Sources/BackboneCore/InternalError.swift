/// A failure of Backbone or of the machine it runs on (a broken invariant such as rows going
/// missing, a full disk, a folder it may not write), not of the pipeline file or the data:
/// the run stops with status 1 and publishes nothing.
public struct InternalError: Error, CustomStringConvertible, Sendable {
    public var diagnostic: Diagnostic

    public init(_ message: String, at location: SourceLocation? = nil) {
        diagnostic = .error(message, at: location)
    }

    public var description: String { diagnostic.description }
}
