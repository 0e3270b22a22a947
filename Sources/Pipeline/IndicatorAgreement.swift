import BackboneCore

/// The all-students values a peer computed, checked against Backbone's published
/// `indicators.csv`: a cross-check of both tools.
enum IndicatorAgreement {
    struct Value: Equatable {
        var numerator: Int
        var denominator: Int
    }

    /// Backbone's all-students rows by indicator and school year; nil for a hidden value (no
    /// numerator published).
    static func published(_ path: String) throws -> [String: Value?] {
        let rows = try BenchmarkCSV.rows(
            path, display: path, columns: ["indicator", "school_year", "dimension", "group", "numerator", "denominator"])
        var values: [String: Value?] = [:]
        for row in rows where row.values[2] == "all" && row.values[3] == "all" {
            let numerator = Int(row.values[4]), denominator = Int(row.values[5])
            values[row.values[0] + " " + row.values[1]] =
                numerator.flatMap { n in denominator.map { Value(numerator: n, denominator: $0) } }
        }
        return values
    }

    /// The peer's rows (`indicator,school_year,numerator,denominator`) by indicator and school year.
    static func peer(_ path: String) throws -> [String: Value] {
        let rows = try BenchmarkCSV.rows(path, display: path, columns: ["indicator", "school_year", "numerator", "denominator"])
        var values: [String: Value] = [:]
        for row in rows {
            guard let numerator = Int(row.values[2]), let denominator = Int(row.values[3]) else {
                throw Diagnostic.error(
                    "expected whole numbers for the numerator and denominator, found '\(row.values[2])' and '\(row.values[3])'",
                    at: SourceLocation(file: path, line: row.line))
            }
            values[row.values[0] + " " + row.values[1]] = Value(numerator: numerator, denominator: denominator)
        }
        return values
    }

    /// How many of the peer's values were compared (those Backbone hides are not), and a line
    /// for each that Backbone does not publish the same
    /// (`chronic_absence 2024: Backbone 785 / 3,906, DuckDB 786 / 3,906`).
    static func compare(backbone: [String: Value?], peer: [String: Value], peerName: String) -> (values: Int, disagreements: [String]) {
        var disagreements: [String] = []
        var compared = 0
        for key in peer.keys.sorted() {
            let theirs = peer[key]!
            let text = "\(peerName) \(NumberFormat.count(theirs.numerator)) / \(NumberFormat.count(theirs.denominator))"
            guard let published = backbone[key] else {
                disagreements.append("\(key): Backbone publishes no all-students row, \(text)")
                continue
            }
            guard let ours = published else { continue }
            compared += 1
            if ours != theirs {
                disagreements.append(
                    "\(key): Backbone \(NumberFormat.count(ours.numerator)) / \(NumberFormat.count(ours.denominator)), \(text)")
            }
        }
        return (compared, disagreements)
    }
}
