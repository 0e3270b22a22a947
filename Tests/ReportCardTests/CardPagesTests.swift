import BackboneCore
import BackboneTestSupport
import Foundation
@testable import Measure
import ReportCard
import Testing

/// The card's pages from one hand-made indicator whose words try to break out of their markup,
/// with a hidden group, a bounded group and a school code that has a name.
@Suite struct CardPagesTests {
    static let hostile = "<script>alert(\"x\")</script> & 'friends'"

    static let series: IndicatorSeries = {
        let location = SourceLocation(file: "p.yml")
        let definition = IndicatorConfig(
            id: "reading", name: "Reading " + hostile, description: "Readers " + hostile, population: "grade == 3",
            populationLocation: location, numerator: "ela_level >= 3 && \"<x>\"", numeratorLocation: location,
            baselineYear: 2023, target: 0.6, direction: .up, location: location)
        var results: [IndicatorResult] = []
        for (year, numerator) in [(2023, 40), (2024, 50)] {
            results.append(.init(indicator: "reading", schoolYear: year, dimension: "all", group: "all", groupLabel: "All students", numerator: numerator, denominator: 100))
            results.append(.init(indicator: "reading", schoolYear: year, dimension: "school", group: "101", groupLabel: "101", numerator: 30, denominator: 60))
            results.append(.init(indicator: "reading", schoolYear: year, dimension: "school", group: "102", groupLabel: "102", numerator: 3, denominator: 4, suppression: .smallCell))
            results.append(.init(indicator: "reading", schoolYear: year, dimension: "participant_org", group: "yes", groupLabel: "Participants " + hostile, numerator: 35, denominator: 36, suppression: .topCoded, bound: ValueBound(side: .atLeast, limit: 0.95, inclusive: true)))
        }
        results[4].changeSinceBaseline = 0.1
        results[4].trend = .improving
        return IndicatorSeries(
            definition: definition,
            dimensions: [("all", "All students"), ("school", "School"), ("participant_org", "Org " + hostile + ": participation")],
            results: results)
    }()

    static let model = ReportCardModel(
        title: "Card " + hostile, partnership: "Partnership " + hostile, vision: "Vision " + hostile, backboneVersion: "0",
        minimumCellSize: 10, indicators: [series], quality: [], links: [], linkThresholds: .init(link: 0.95, review: 0.5),
        students: 100, studentYears: 200, schoolNames: ["101": "Northside <Elementary>"],
        organizations: [("org", "Org " + hostile)])

    static func render() throws -> URL {
        let directory = try Fixtures.temporaryDirectory("card-pages")
        try ReportCardRenderer(templatesDirectory: Fixtures.root.appendingPathComponent("reports/default").path)
            .write(model, to: directory.path)
        return directory
    }

    @Test func nothingInterpolatedEscapesItsMarkup() throws {
        let directory = try Self.render()
        let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }
        #expect(Set(files) == [
            "index.html", "data-quality.html", "linkage.html", "methodology.html", "indicators/reading.html",
            "partners/org.html", "partners/school-101.html", "partners/school-102.html",
        ])
        for file in files {
            let html = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            #expect(!html.contains("<script"), "\(file) holds an unescaped script tag")
            #expect(!html.contains("<Elementary>") && !html.contains("\"<x>\""), "\(file) holds unescaped text")
            #expect(!html.contains("{{"), "\(file) holds a Mustache tag")
        }
        let index = try String(contentsOf: directory.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("Reading &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
    }

    @Test func hiddenAndBoundedValuesAreShownAsSuchNeverAsZero() throws {
        let directory = try Self.render()
        let page = try String(contentsOf: directory.appendingPathComponent("indicators/reading.html"), encoding: .utf8)
        #expect(page.contains("Hidden: fewer than 10 students"))
        #expect(page.contains(">hidden: fewer than 10 students</text>"), "the chart labels the hidden school")
        #expect(page.contains(">≥95%</text>") && page.contains("<td>≥95%</td>"))
        #expect(!page.contains(">0.0%"), "no hidden value drawn or written as zero")
        #expect(page.contains("Northside &lt;Elementary&gt;"), "the school is named")
        #expect(!page.contains("<th scope=\"row\">101</th>"))
        let csv = try String(contentsOf: directory.appendingPathComponent("partners/school-102.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 2 && rows.allSatisfy { $0.contains(",,,,true,small_cell,") })
    }

    @Test func theTrendChartHasTheBaselineAndTargetLines() throws {
        let directory = try Self.render()
        let index = try String(contentsOf: directory.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains(">Target 60%</text>") && index.contains(">Baseline 40%</text>"))
        #expect(index.contains(#"<svg class="chart line""#) && index.contains(#"role="img""#))
        #expect(index.contains("+10.0 pts"))
    }
}
