import BackboneCore
import Pipeline

/// Small pipeline texts for loader tests; line numbers in the tests count from these.
enum PipelineSamples {
    /// Lines 1–4; a test's sources begin on line 5.
    static let header = """
        backbone: 1
        partnership: { name: Riverton }
        partners: { district: { name: District, kind: district }, youthworks: { name: YouthWorks, kind: cbo } }
        sources:
        """

    /// A valid person source on lines 5–9.
    static let students = """
          students:
            partner: district
            path: students.csv
            table: person
            fields: { person_id: ID }
        """

    static func pipeline(_ lines: String...) -> String {
        ([header] + lines).joined(separator: "\n") + "\n"
    }

    /// Every diagnostic the loader reports for `yaml`, as printed (`p.yml:line:column: error: …`).
    static func errors(_ yaml: String) -> [String] {
        do {
            _ = try PipelineLoader.load(yaml: yaml, file: "p.yml")
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected error: \(error)"]
        }
    }
}
