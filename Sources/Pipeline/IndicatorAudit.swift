import BackboneCore
import Foundation
import Measure

/// `backbone explain`: how one published number was computed, for an auditor. The counts go
/// to the caller; the contributing records go only to the private folder, under keyed
/// pseudonyms (HMAC-SHA-256 of the district id with a key kept beside them), never as ids.
public enum IndicatorAudit {
    public struct Report: Sendable {
        public var explanation: IndicatorExplanation
        public var minimumCellSize: Int
        public var coding: TopBottomCoding
        /// The private file listing the contributing records.
        public var recordsFile: String
    }

    public static func explain(
        config: PipelineConfig, options: RunOptions, observer: RunObserver?, crosswalkFile: (path: String, display: String)?,
        indicator id: String, year: Int?, group text: String?
    ) throws -> Report {
        let group = try text.map { text in
            guard let choice = GroupChoice(text) else {
                throw Diagnostic.error("expected a group as DIMENSION=CODE (race_ethnicity=black), found '\(text)'")
            }
            return choice
        }
        let definitions = config.stages.measure.indicators
        guard let index = definitions.firstIndex(where: { $0.id == id }) else {
            throw Diagnostic.error(
                "unknown indicator '\(id)'; expected one of: " + definitions.map(\.id).joined(separator: ", "),
                at: SourceLocation(file: config.file))
        }
        let runner = PipelineRunner(config: config, options: options, observer: observer)
        let links = try crosswalkFile.map { try CrosswalkFile.read($0.path, display: $0.display) }
        let inputs = try runner.measureInputs(crosswalk: links)
        let expressions = try IndicatorExpressions.compile([definitions[index]], programPartners: inputs.programPartners)
        let frame = StudentYearFrame(inputs)
        let explanation = try Measurement.explain(
            definitions[index], expressions: expressions[0], frame: frame, settings: runner.measureSettings,
            year: year, group: group)
        let file = try writeRecords(explanation, frame: frame, year: year, group: group, privateDirectory: options.privateDirectory)
        return Report(
            explanation: explanation, minimumCellSize: config.stages.measure.minimumCellSize,
            coding: config.stages.measure.topBottomCoding, recordsFile: file)
    }

    /// `<private>/explain/<indicator>[-<year>][-<dimension>-<group>].csv`: one row per contributing
    /// student-year, owner-only.
    private static func writeRecords(
        _ explanation: IndicatorExplanation, frame: StudentYearFrame, year: Int?, group: GroupChoice?, privateDirectory: String
    ) throws -> String {
        let key = try pseudonymKey(privateDirectory: privateDirectory)
        var text = "frame_record,student,school_year,in_numerator\r\n"
        for (i, row) in explanation.rows.enumerated() {
            let id = frame.studentIds[Int(frame.rowStudents[row])]
            let pseudonym = ContentHash.hex(ContentHash.hmacSHA256(key: key, message: Array(id.utf8)).prefix(8))
            text += "\(row + 1),\(pseudonym),\(explanation.rowYears[i]),\(explanation.inNumerator[i] ? "true" : "false")\r\n"
        }
        let folder = privateDirectory + "/explain"
        try PrivateFolder.create(folder)
        var name = explanation.definition.id
        if let year { name += "-\(year)" }
        if let group { name += "-\(safe(group.dimension))-\(safe(group.group))" }
        let path = folder + "/" + name + ".csv"
        try PrivateFolder.writeFile(Data(text.utf8), to: path)
        return path
    }

    /// The private folder's pseudonym key (32 random bytes, hexadecimal), created on first use.
    static func pseudonymKey(privateDirectory: String) throws -> [UInt8] {
        let path = privateDirectory + "/pseudonym.key"
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            let digits = Array(text.trimmingSpaces.utf8)
            if digits.count == 64, let bytes = Optional(stride(from: 0, to: 64, by: 2).compactMap {
                UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16)
            }), bytes.count == 32 {
                return bytes
            }
            throw Diagnostic.error("expected 64 hexadecimal digits in the pseudonym key", at: SourceLocation(file: path))
        }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try PrivateFolder.create(privateDirectory)
        try PrivateFolder.writeFile(Data((ContentHash.hex(key) + "\n").utf8), to: path)
        return key
    }

    private static func safe(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
    }
}
