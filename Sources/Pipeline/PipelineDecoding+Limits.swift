import BackboneCore
import Extract
import Foundation
import Yams

extension PipelineDecoding {
    static let limitKeys = ["max_file_size", "max_field_size", "max_rows", "max_inflated_size"]
    /// Size units, powers of 1024.
    static let sizeUnits: [(suffix: String, bytes: Int)] = [("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("TB", 1 << 40)]

    /// `limits:`; each key left out keeps its default (`ExtractLimits()`).
    mutating func decodeLimits(_ node: Node?) -> ExtractLimits? {
        var limits = ExtractLimits()
        guard let node else { return limits }
        guard let mapping = reader.mapping(node, for: "'limits'", owner: "'limits'", allowed: Self.limitKeys) else { return nil }
        var valid = true
        func read(_ key: String, size: Bool, into value: inout Int) {
            guard let item = mapping[key] else { return }
            guard let number = size ? self.size(item, key: key) : positiveInteger(item, key: key) else {
                valid = false
                return
            }
            value = number
        }
        read("max_file_size", size: true, into: &limits.maxFileBytes)
        read("max_field_size", size: true, into: &limits.maxFieldBytes)
        read("max_rows", size: false, into: &limits.maxRows)
        read("max_inflated_size", size: true, into: &limits.maxInflatedBytes)
        return valid ? limits : nil
    }

    /// `1048576`, `512 KB`, `20 GB`: a positive number of bytes.
    private mutating func size(_ node: Node, key: String) -> Int? {
        guard case .scalar(let scalar) = node else {
            reader.typeError(expected: "a size such as 1048576, 512 KB or 20 GB", for: "'\(key)'", found: node)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        var bytes: Int?
        if let plain = Int(text) {
            bytes = plain
        } else if let unit = Self.sizeUnits.first(where: { text.uppercased().hasSuffix($0.suffix) }),
            let count = Int(text.dropLast(unit.suffix.count).trimmingCharacters(in: .whitespaces))
        {
            bytes = count.multipliedReportingOverflow(by: unit.bytes).overflow ? nil : count * unit.bytes
        }
        guard let bytes, bytes > 0 else {
            reader.error("expected a size such as 1048576, 512 KB or 20 GB for '\(key)', found '\(text)'", at: node)
            return nil
        }
        return bytes
    }

    private mutating func positiveInteger(_ node: Node, key: String) -> Int? {
        guard let value = reader.integer(node, for: "'\(key)'") else { return nil }
        guard value > 0 else {
            reader.error("expected a positive integer for '\(key)', found \(value)", at: node)
            return nil
        }
        return value
    }
}
