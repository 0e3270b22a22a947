import BackboneCore
import BackboneTestSupport
import Extract
import Foundation
import Pipeline
import Testing

/// `limits:` in the pipeline file: read and checked at load, applied to every source at extract.
@Suite struct ResourceLimitTests {
    static func pipeline(_ limits: String, path: String = "students.csv") -> String {
        """
        backbone: 1
        partnership: { name: Limits }
        partners: { district: { name: District, kind: district } }
        sources:
          students: { partner: district, path: \(path), table: person, fields: { person_id: id, last_name: name } }
        \(limits)
        """
    }

    static func errors(_ yaml: String) -> [String] {
        do {
            _ = try PipelineLoader.load(yaml: yaml, file: "p.yml")
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func defaultsApplyWhenNoLimitIsDeclared() throws {
        let config = try PipelineLoader.load(yaml: Self.pipeline(""), file: "p.yml")
        #expect(config.sources[0].limits == ExtractLimits())
        #expect(ExtractLimits() == ExtractLimits(
            maxFileBytes: 64 << 30, maxFieldBytes: 1 << 20, maxRows: 100_000_000, maxInflatedBytes: 8 << 30))
    }

    @Test func sizesAreBytesOrUnitsOf1024() throws {
        let config = try PipelineLoader.load(yaml: Self.pipeline("""
            limits: { max_file_size: 2 GB, max_field_size: 64 KB, max_rows: 5000, max_inflated_size: 1048576 }
            """), file: "p.yml")
        #expect(config.sources[0].limits == ExtractLimits(
            maxFileBytes: 2 << 30, maxFieldBytes: 64 << 10, maxRows: 5000, maxInflatedBytes: 1 << 20))
    }

    @Test func badLimitsAreLocated() {
        #expect(Self.errors(Self.pipeline("limits: { max_file_size: lots, max_rows: 0, max_feld_size: 1 }")) == [
            "p.yml:6:26: error: expected a size such as 1048576, 512 KB or 20 GB for 'max_file_size', found 'lots'",
            "p.yml:6:42: error: expected a positive integer for 'max_rows', found 0",
            "p.yml:6:45: error: unknown key 'max_feld_size' in 'limits'; expected one of: max_field_size, max_file_size, "
                + "max_inflated_size, max_rows; did you mean 'max_field_size'?",
        ])
    }

    /// Each limit, passed by a small file, stops extraction with its name (or, for a field, sets the row aside).
    @Test func eachLimitStopsTheSourceWithItsName() throws {
        let folder = try Fixtures.temporaryDirectory("limits")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id,name\n1,Ann\n2,Benedict\n3,Cy\n".utf8).write(to: folder.appendingPathComponent("students.csv"))
        func extract(_ limits: ExtractLimits, path: String = "students.csv") throws -> ExtractedSource {
            var source = try PipelineLoader.load(yaml: Self.pipeline("", path: path), file: folder.path + "/p.yml").sources[0]
            source.limits = limits
            return try SourceExtractor.extract(source, baseDirectory: folder.path, displayBase: folder.path)
        }
        #expect(throws: Diagnostic.error(
            "the file is 30 bytes, more than 20, the limit 'limits: max_file_size'; raise it if the export really is this large",
            at: SourceLocation(file: "students.csv"))) { try extract(ExtractLimits(maxFileBytes: 20)) }
        #expect(throws: Diagnostic.error(
            "the file holds more than 2 rows, the limit 'limits: max_rows'; raise it if the export really is this large",
            at: SourceLocation(file: "students.csv", line: 4))) { try extract(ExtractLimits(maxRows: 2)) }
        let narrow = try extract(ExtractLimits(maxFieldBytes: 4))
        #expect(narrow.rejected.map(\.location.line) == [3] && narrow.table.rowCount == 2)

        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "head -c 100000 /dev/zero | gzip > '\(folder.path)/zeros.csv.gz'"]
        try gzip.run()
        gzip.waitUntilExit()
        let inflated = try #require(throws: Diagnostic.self) {
            try extract(ExtractLimits(maxInflatedBytes: 50_000), path: "zeros.csv.gz")
        }
        #expect(inflated.message == "gzip stream inflates to more than 50000 bytes, the limit; refusing to read further")
        #expect(inflated.location == SourceLocation(file: "zeros.csv.gz"))
    }
}
