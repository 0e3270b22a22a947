/// Exit statuses a scheduler can act on, documented in the README.
enum ExitStatus {
    static let success: Int32 = 0
    /// Backbone itself failed (a bug, or the machine: disk full, permissions).
    static let internalError: Int32 = 1
    /// The pipeline file or an input is wrong: fix the configuration or the file named.
    static let configurationError: Int32 = 2
    /// `validate`: the data passed, with warnings.
    static let dataWarnings: Int32 = 3
    /// The data failed its checks: rows were quarantined (`validate`) or a fatal rule or threshold stopped the run.
    static let dataFailed: Int32 = 4
}
