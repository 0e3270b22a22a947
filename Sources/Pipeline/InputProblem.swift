import BackboneCore

/// An input is missing, unreadable, changed since it was recorded, or no longer has the shape
/// the pipeline file declares: the partner's export needs attention, not the pipeline file.
public struct InputProblem: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
