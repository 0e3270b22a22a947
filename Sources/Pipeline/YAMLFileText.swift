import BackboneCore
import Foundation

/// The text of a YAML file Backbone is configured from (a pipeline or link settings file):
/// UTF-8, with a leading byte-order mark dropped.
enum YAMLFileText {
    /// `noun` names the file in errors: `cannot read the pipeline file`.
    static func read(_ path: String, noun: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError([.error("cannot read the \(noun)", at: SourceLocation(file: path))])
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([.error("the \(noun) is not valid UTF-8", at: SourceLocation(file: path))])
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }
}
