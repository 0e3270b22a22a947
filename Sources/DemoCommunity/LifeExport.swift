/// One export (or one family of yearly files) filled student by student as lives are drawn.
protocol LifeExport {
    func add(_ life: StudentLife)
    /// Finishes every file and reports what was written.
    func close() throws -> [WrittenFile]
}

/// A file the generator wrote, for the summary and the README.
public struct WrittenFile: Sendable, Equatable {
    /// Relative to the output folder.
    public let path: String
    public let bytes: Int
    /// Data rows (CSV) or records (XML), headers excluded.
    public let records: Int
}

extension OutputFile {
    func finish(records: Int? = nil) throws -> WrittenFile {
        let bytes = try close()
        return WrittenFile(path: path, bytes: bytes, records: records ?? rows)
    }
}

extension Int {
    /// `2023-2024` for 2024, the SIS's way of naming a school year.
    var longSchoolYear: String { "\(self - 1)-\(self)" }
    /// `2023-24` for 2024.
    var shortSchoolYear: String {
        let suffix = self % 100
        return "\(self - 1)-\(suffix < 10 ? "0" : "")\(suffix)"
    }
}
