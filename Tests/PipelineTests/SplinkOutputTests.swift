import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

/// Splink's figures read from what the peers' scripts print (`fixtures/link-bench/splink-*.txt`).
@Suite struct SplinkOutputTests {
    static func output(_ name: String) throws -> String {
        try String(contentsOfFile: Fixtures.path("link-bench/" + name), encoding: .utf8)
    }

    @Test func theRosterScriptsLineAtTheThreshold() throws {
        let figures = try SplinkOutput.figures(in: try Self.output("splink-rosters.txt"), threshold: "0.5", display: "out")
        #expect(figures == LinkageAccuracy(precision: 0.9956, recall: 0.9765, f1: 0.9860))
        let strict = try SplinkOutput.figures(in: try Self.output("splink-rosters.txt"), threshold: "0.95", display: "out")
        #expect(strict.recall == 0.9402)
    }

    @Test func theFebrlScriptsLine() throws {
        let figures = try SplinkOutput.figures(in: try Self.output("splink-febrl4.txt"), threshold: "0.5", display: "out")
        #expect(figures == LinkageAccuracy(precision: 1, recall: 0.9986, f1: 0.9993))
    }

    @Test func noLineForTheThresholdIsAnErrorNamingTheSavedOutput() {
        let error = #expect(throws: Diagnostic.self) {
            try SplinkOutput.figures(in: "Traceback (most recent call last):\n", threshold: "0.5", display: "splink.stdout.txt")
        }
        #expect(error?.description == "splink.stdout.txt: error: expected a line 'splink … threshold=0.5: P=… R=… F1=…' "
            + "in Splink's output; found none")
    }

    @Test func aFigureThatIsNotANumberIsAnErrorAtItsLine() {
        let output = "loading\n\nsplink rosters threshold=0.5: P=0.99 R=nan% F1=0.98 (links=1)\n"
        let error = #expect(throws: Diagnostic.self) {
            try SplinkOutput.figures(in: output, threshold: "0.5", display: "out.txt")
        }
        #expect(error?.description == "out.txt:3: error: expected 'R=' and a number on Splink's threshold 0.5 line, "
            + "found 'splink rosters threshold=0.5: P=0.99 R=nan% F1=0.98 (links=1)'")
    }
}
