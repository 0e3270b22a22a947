import BackboneTestSupport
import Foundation
import Pipeline

/// A tiny partnership written into a temporary folder: 30 third graders in two schools over
/// two years, one indicator (the share economically disadvantaged). School 102 has 6 students,
/// so its cells are hidden as small and school 101's beside it as complementary.
struct HistoryPipeline {
    let directory: URL
    var file: String { directory.appendingPathComponent("p.yml").path }
    var card: String { directory.appendingPathComponent("card").path }
    var history: String { directory.appendingPathComponent("card.history.sqlite").path }

    init() throws {
        directory = try Fixtures.temporaryDirectory("history")
        let pipeline = """
            backbone: 1
            partnership: { name: History Test }
            partners: { district: { name: District, kind: district } }
            sources:
              students:
                partner: district
                path: students.csv
                table: person
                fields: { person_id: id, sex: { column: sex, codes: { M: male, F: female } } }
              enrollment:
                partner: district
                path: enrollment.csv
                table: enrollment
                fields: { person_id: id, school_id: school, school_year: year, grade: grade, economically_disadvantaged: frl }
            stages:
              link: { reference: students }
              measure:
                minimum_cell_size: 10
                indicators:
                  - id: disadvantaged
                    name: Economically disadvantaged
                    population: grade == 3
                    numerator: economically_disadvantaged
              report: { templates: \(Fixtures.templates) }
            allowed_paths: [\(Fixtures.templates)]
            """
        try write(pipeline, to: "p.yml")
        let students = (1...30).map { "S\($0),\($0 % 2 == 0 ? "F" : "M")" }
        try write((["id,sex"] + students).joined(separator: "\n") + "\n", to: "students.csv")
        try writeEnrollment(disadvantagedIn2025: 12)
    }

    /// Each year every student is in grade 3, students 1–24 at school 101 and 25–30 at 102;
    /// in 2024 students 1–12 are disadvantaged, in 2025 students 1–`disadvantagedIn2025`.
    func writeEnrollment(disadvantagedIn2025: Int) throws {
        var rows = ["id,school,year,grade,frl"]
        for year in [2024, 2025] {
            for student in 1...30 {
                let disadvantaged = student <= (year == 2024 ? 12 : disadvantagedIn2025)
                rows.append("S\(student),\(student <= 24 ? 101 : 102),\(year),3,\(disadvantaged ? "Y" : "N")")
            }
        }
        try write(rows.joined(separator: "\n") + "\n", to: "enrollment.csv")
    }

    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
    }

    @discardableResult
    func run(observer: RunObserver? = nil) throws -> RunResult {
        try PipelineRunner(
            config: PipelineLoader.load(path: file),
            options: RunOptions(outputDirectory: card, privateDirectory: directory.appendingPathComponent("private").path),
            observer: observer
        ).run()
    }
}
