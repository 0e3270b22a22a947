import BackboneTestSupport
import Foundation
import Pipeline
import Testing

@Suite struct CommandLineTests {
    @Test func runPrintsEachStageAndWritesTheCard() throws {
        let directory = try Fixtures.temporaryDirectory("cli-run")
        let out = directory.appendingPathComponent("card").path
        let result = try BackboneBinary.run([
            "run", "pipelines/riverton.yml", "--out", out, "--private", directory.appendingPathComponent("private").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for stage in ["extract", "validate", "link", "measure", "report"] {
            #expect(result.stdout.contains("✓ \(stage)"), "no progress line for \(stage)")
        }
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
    }

    @Test func quietPrintsNothingOnSuccess() throws {
        let directory = try Fixtures.temporaryDirectory("cli-quiet")
        let result = try BackboneBinary.run([
            "run", "pipelines/riverton.yml", "--quiet", "--out", directory.appendingPathComponent("card").path,
            "--private", directory.appendingPathComponent("private").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test func aBrokenPipelineFailsWithLocatedErrorsAndStatus2() throws {
        for command in ["check", "run"] {
            let result = try BackboneBinary.run([command, "fixtures/pipelines/four-errors.yml", "--quiet"].filter {
                command == "run" || $0 != "--quiet"
            })
            #expect(result.status == 2)
            #expect(result.stderr.split(separator: "\n").count == 4, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("fixtures/pipelines/four-errors.yml:"))
        }
    }

    @Test func checkSummarisesAValidPipeline() throws {
        let result = try BackboneBinary.run(["check", "pipelines/riverton.yml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("pipelines/riverton.yml: ok"))
    }

    @Test func schemaListsTheCanonicalFieldsAndCodes() throws {
        let result = try BackboneBinary.run(["schema", "assessment"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("assessment\n  person_id "))
        #expect(result.stdout.contains("codes (subject): ela = English language arts; math = Mathematics"))
        let wrong = try BackboneBinary.run(["schema", "persons"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("unknown table 'persons'; expected one of: person, enrollment"))
    }

    /// The card and the record-level crosswalk are the same bytes at 1 and 4 threads, in any
    /// time zone, locale and working folder.
    @Test func outputsDoNotDependOnThreadsTimeZoneLocaleOrWorkingFolder() throws {
        func run(_ environment: [String: String], from workingFolder: URL? = nil) throws -> URL {
            let directory = try Fixtures.temporaryDirectory("determinism")
            var env = ProcessInfo.processInfo.environment
            env.merge(environment) { $1 }
            let result = try BackboneBinary.run(
                [
                    "run", Fixtures.root.appendingPathComponent("pipelines/riverton.yml").path, "--quiet",
                    "--out", directory.appendingPathComponent("card").path,
                    "--private", directory.appendingPathComponent("private").path,
                ], in: workingFolder ?? Fixtures.root, environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            return directory
        }
        let one = try run(["BACKBONE_THREADS": "1", "TZ": "UTC", "LANG": "C"])
        let four = try run(
            ["BACKBONE_THREADS": "4", "TZ": "Asia/Tokyo", "LANG": "de_DE.UTF-8"], from: try Fixtures.temporaryDirectory("elsewhere"))
        // Every published file (the manifest aside: it holds the run id and times) and the private ones.
        let card = PublishedFiles.list(one.appendingPathComponent("card").path).filter { $0 != RunManifest.fileName }
        #expect(card == PublishedFiles.list(four.appendingPathComponent("card").path).filter { $0 != RunManifest.fileName })
        #expect(card.count > 40)
        for file in card.map({ "card/" + $0 }) + ["private/crosswalk.csv", "private/review-queue.csv"] {
            let a = try Data(contentsOf: one.appendingPathComponent(file))
            let b = try Data(contentsOf: four.appendingPathComponent(file))
            #expect(a == b, "\(file) differs between 1 and 4 threads")
        }
    }
}
