import BackboneCore

/// Splink's figures as `../shared/bench/splink_rosters.py` and `splink_febrl4.py` print them,
/// one line per match-probability threshold:
///
///     splink rosters threshold=0.5: P=0.9956 R=0.9765 F1=0.9860 (links=… tp=… fp=… true=…)
public enum SplinkOutput {
    /// The figures on the line for `threshold` (written as the script writes it, `0.5`).
    /// `display` names the saved output in the error when the line is missing or malformed.
    public static func figures(in output: String, threshold: String, display: String) throws -> LinkageAccuracy {
        let marker = " threshold=\(threshold): "
        let lines = output.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let index = lines.firstIndex(where: { $0.hasPrefix("splink ") && $0.contains(marker) }) else {
            throw Diagnostic.error(
                "expected a line 'splink … threshold=\(threshold): P=… R=… F1=…' in Splink's output; found none",
                at: SourceLocation(file: display))
        }
        let line = lines[index]
        let fields = line.split(separator: " ")
        func value(_ name: String) throws -> Double {
            guard let field = fields.first(where: { $0.hasPrefix(name + "=") }),
                let number = Double(field.dropFirst(name.count + 1))
            else {
                throw Diagnostic.error(
                    "expected '\(name)=' and a number on Splink's threshold \(threshold) line, found '\(line)'",
                    at: SourceLocation(file: display, line: index + 1))
            }
            return number
        }
        return LinkageAccuracy(precision: try value("P"), recall: try value("R"), f1: try value("F1"))
    }
}
