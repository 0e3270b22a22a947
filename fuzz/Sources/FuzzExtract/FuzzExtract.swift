import BackboneCore
import Extract
import Foundation

/// Any bytes as an enrollment export, mapped and typed as a run maps it (school years, grades,
/// dates in two layouts, codes, integers, booleans, null values): a table, set-aside rows and
/// value problems, or a diagnostic; never a crash. The fuzzer keeps a seed's header, so rows
/// reach every field's parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard (try? bytes.write(to: URL(fileURLWithPath: FuzzExport.path))) != nil else { return 0 }
    _ = try? SourceExtractor.extractFile(0, of: [FuzzExport.path], source: FuzzExport.source, displayBase: "/")
    return 0
}

enum FuzzExport {
    /// One file per fuzzing process, rewritten for every input.
    static let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-extract-\(getpid()).csv").path

    static let source: SourceConfig = {
        let place = SourceLocation(file: "fuzz.yml", line: 1, column: 1)
        func field(_ name: String, _ column: String, layouts: [String] = [], codes: [String: String] = [:]) -> FieldMapping {
            FieldMapping(
                field: name, origin: .column(column), dateLayouts: layouts.compactMap(DateLayout.init), codes: codes,
                location: place)
        }
        return SourceConfig(
            id: "enrollment", partner: "district", path: path, format: .csv, table: .enrollment, nullValues: ["NULL"],
            fields: [
                field("person_id", "id"), field("school_id", "school"), field("school_year", "year"),
                field("grade", "grade"), field("entry_date", "entry", layouts: ["MM/DD/YYYY", "YYYY-MM-DD"]),
                field("exit_reason", "reason", codes: ["G": "graduated", "T": "transferred_out", "D": "dropped_out"]),
                field("cohort_year", "cohort"), field("economically_disadvantaged", "frl"),
            ],
            location: place)
    }()
}
