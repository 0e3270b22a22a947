import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// Runs the demo pipeline on the committed Riverton community, once for the whole suite.
enum DemoRun {
    static let pipeline = Fixtures.root.appendingPathComponent("pipelines/riverton.yml").path

    struct Outcome: Sendable {
        let result: RunResult
        let output: URL
        let privateFolder: URL
    }

    static let outcome: Result<Outcome, DiagnosticsError> = {
        do {
            let config = try PipelineLoader.load(path: pipeline)
            let directory = try Fixtures.temporaryDirectory("demo-run")
            let output = directory.appendingPathComponent("card")
            let privateFolder = directory.appendingPathComponent("private")
            let result = try PipelineRunner(
                config: config, options: RunOptions(outputDirectory: output.path, privateDirectory: privateFolder.path)
            ).run()
            return .success(Outcome(result: result, output: output, privateFolder: privateFolder))
        } catch let error as DiagnosticsError {
            return .failure(error)
        } catch {
            return .failure(DiagnosticsError([.error("\(error)")]))
        }
    }()

    static func get() throws -> Outcome { try outcome.get() }
}

@Suite struct DemoRunTests {
    @Test func writesTheReportCardFolder() throws {
        let outcome = try DemoRun.get()
        let files = try FileManager.default.contentsOfDirectory(atPath: outcome.output.path).sorted()
        #expect(files == [
            "data-quality.csv", "data-quality.html", "index.html", "indicators", "indicators.csv", "linkage-model.csv",
            "linkage-weights.csv", "linkage.csv", "linkage.html", "manifest.json", "methodology.html", "partners", "style.css",
        ])
        let indicatorPages = try FileManager.default.contentsOfDirectory(atPath: outcome.output.appendingPathComponent("indicators").path)
        #expect(indicatorPages.filter { $0.hasSuffix(".html") }.count == outcome.result.indicators.count)
        #expect(indicatorPages.filter { $0.hasSuffix(".csv") }.count == outcome.result.indicators.count)
        let partnerPages = try FileManager.default.contentsOfDirectory(atPath: outcome.output.appendingPathComponent("partners").path)
        #expect(Set(["youthworks.html", "bright_futures.html", "northside_learning.html", "school-101.html"]).isSubset(of: partnerPages))
        let html = try String(contentsOf: outcome.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("Riverton Cradle to Career Partnership"))
        #expect(html.contains("3rd-grade reading proficiency"))
        #expect(!html.contains("{{"))
    }

    @Test func everyRowReadIsAccountedFor() throws {
        let result = try DemoRun.get().result
        #expect(result.extracted.count == result.quality.count)
        for quality in result.quality {
            #expect(quality.rowsRead == quality.rowsKept + quality.rowsRejected, "source \(quality.source)")
            #expect(quality.rowsRead > 0, "source \(quality.source) read no rows")
        }
    }

    @Test func linksSomeParticipantsOfEveryOrganization() throws {
        let result = try DemoRun.get().result
        #expect(!result.linkSummaries.isEmpty)
        for summary in result.linkSummaries {
            #expect(summary.linked > 0, "no participant of \(summary.source) linked")
            #expect(summary.linked <= summary.participants)
        }
    }

    @Test func theCrosswalkIsPrivateAndHoldsEveryLink() throws {
        let outcome = try DemoRun.get()
        let path = outcome.privateFolder.appendingPathComponent("crosswalk.csv").path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n")
        #expect(rows.first == "source,participant_id,student_id,pass")
        #expect(rows.count - 1 == outcome.result.linkSummaries.reduce(0) { $0 + $1.linked })
        let html = try String(contentsOf: outcome.output.appendingPathComponent("linkage.html"), encoding: .utf8)
        #expect(html.contains("Same name and birth date"))
        #expect(!html.contains("crosswalk"))
    }

    @Test func indicatorsMatchTheGoldenFile() throws {
        let csv = try String(contentsOf: DemoRun.get().output.appendingPathComponent("indicators.csv"), encoding: .utf8)
        Golden.check(csv, named: "riverton/indicators.csv")
    }

    /// The card's pages byte for byte: `RECORD_GOLDEN=1 swift test --filter DemoRunTests` re-records them.
    @Test func theCardsPagesMatchTheGoldenFiles() throws {
        let output = try DemoRun.get().output
        for name in [
            "index.html", "methodology.html", "indicators/third_grade_reading.html", "indicators/third_grade_reading.csv",
            "partners/youthworks.html", "partners/youthworks.csv", "partners/school-101.html", "partners/school-101.csv",
        ] {
            Golden.check(try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8), named: "riverton/\(name)")
        }
    }

    @Test func schoolsAreNamedNotCoded() throws {
        let page = try String(contentsOf: DemoRun.get().output.appendingPathComponent("indicators/third_grade_reading.html"), encoding: .utf8)
        #expect(page.contains("Northside Elementary School"))
        #expect(!page.contains("<th scope=\"row\">101</th>"))
    }
}
