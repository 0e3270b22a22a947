import BackboneCore

/// One rule made ready to run over a source: its columns found, its pattern or expression
/// compiled. Preparing may fail (a configuration error); running runs on any thread.
protocol RuleEvaluator: Sendable {
    func evaluate() throws(Diagnostic) -> RuleFailures
}

/// What a rule found: the failing rows, ascending, and how to word a finding about each;
/// or, for rules about the whole source, one message.
struct RuleFailures: Sendable {
    var rows: [Int]
    var message: @Sendable (Int) -> String
    var sourceMessage: String?

    init(rows: [Int], message: @escaping @Sendable (Int) -> String) {
        self.rows = rows
        self.message = message
        self.sourceMessage = nil
    }

    init(sourceMessage: String?) {
        self.rows = []
        self.message = { _ in sourceMessage ?? "" }
        self.sourceMessage = sourceMessage
    }
}
