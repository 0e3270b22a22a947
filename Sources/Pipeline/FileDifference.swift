import BackboneCore
import Foundation

/// The first place a published file and its rerun differ: what an auditor reads to see what
/// did not reproduce.
public struct FileDifference: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case missingFromRerun
        case missingFromPublished
        /// `offset` is 0-based; `line` and `column` (bytes) 1-based; excerpts are the line up to
        /// a little past the difference, escaped.
        case content(offset: Int, line: Int, column: Int, published: String, rerun: String, publishedBytes: Int, rerunBytes: Int)
    }

    public var path: String
    public var kind: Kind

    public var description: String {
        switch kind {
        case .missingFromRerun: return "\(path): published, but the rerun did not write it"
        case .missingFromPublished: return "\(path): the rerun wrote it, but the published card does not have it"
        case let .content(offset, line, column, published, rerun, publishedBytes, rerunBytes):
            return "\(path):\(line):\(column): first difference at byte \(offset) (published \(publishedBytes) bytes, rerun \(rerunBytes))\n"
                + "  published: \(published)\n  rerun:     \(rerun)"
        }
    }

    /// Nil when both files exist with the same bytes.
    static func between(published: String, rerun: String, path: String) throws -> FileDifference? {
        let fm = FileManager.default
        guard let a = fm.contents(atPath: published) else { return FileDifference(path: path, kind: .missingFromPublished) }
        guard let b = fm.contents(atPath: rerun) else { return FileDifference(path: path, kind: .missingFromRerun) }
        if a == b { return nil }
        let left = [UInt8](a), right = [UInt8](b)
        var offset = 0
        while offset < left.count, offset < right.count, left[offset] == right[offset] { offset += 1 }
        let lineStart = (left[..<offset].lastIndex(of: 0x0a).map { $0 + 1 }) ?? 0
        let line = left[..<offset].reduce(1) { $0 + ($1 == 0x0a ? 1 : 0) }
        return FileDifference(
            path: path,
            kind: .content(
                offset: offset, line: line, column: offset - lineStart + 1,
                published: excerpt(left, from: lineStart, to: offset), rerun: excerpt(right, from: lineStart, to: offset),
                publishedBytes: left.count, rerunBytes: right.count))
    }

    /// At most 60 bytes before the difference on its line and 20 after, control bytes escaped.
    private static func excerpt(_ bytes: [UInt8], from lineStart: Int, to offset: Int) -> String {
        let start = max(lineStart, offset - 60)
        let end = min(bytes.count, offset + 20)
        guard start < end else { return "(end of file)" }
        var text = start > lineStart ? "…" : ""
        for byte in bytes[start..<end] {
            switch byte {
            case 0x0a: text += "\\n"
            case 0x0d: text += "\\r"
            case 0x09: text += "\\t"
            case 0x20..<0x7f: text.unicodeScalars.append(Unicode.Scalar(byte))
            default: text += String(format: "\\x%02x", byte)
            }
        }
        return text + (end < bytes.count ? "…" : "")
    }
}
