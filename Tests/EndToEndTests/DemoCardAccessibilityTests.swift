import Foundation
import Testing

/// The static part of the accessibility rules, on every page of the demo card, checked without
/// a browser (scripts/check-report-card.sh runs axe-core in Chromium besides): a language, one
/// `h1` and no skipped heading level, charts named and described, tables captioned with headers.
@Suite struct DemoCardAccessibilityTests {
    func pages() throws -> [(name: String, html: String)] {
        let output = try DemoRun.get().output
        let names = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
        return try names.map { ($0, try String(contentsOf: output.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func everyPageHasALanguageOneTitleAndHeadingsInOrder() throws {
        let pages = try pages()
        #expect(pages.count >= 20)
        for (name, html) in pages {
            #expect(html.contains("<html lang=\"en\">"), "\(name) has no language")
            #expect(html.contains("<main>") && html.contains("<header"), "\(name) lacks its landmarks")
            let levels = html.matches(of: #/<h([1-6])[ >]/#).map { Int($0.output.1)! }
            #expect(levels.first == 1 && levels.filter { $0 == 1 }.count == 1, "\(name) needs exactly one h1, first")
            for (previous, next) in zip(levels, levels.dropFirst()) {
                #expect(next <= previous + 1, "\(name) skips from h\(previous) to h\(next)")
            }
        }
    }

    @Test func everyChartIsAnImageWithATitleAndEveryTableHasACaptionAndHeaders() throws {
        var charts = 0
        for (name, html) in try pages() {
            for svg in html.matches(of: #/<svg [^>]*>\n?<title[^>]*>[^<]+</title>/#) {
                #expect(svg.output.contains("role=\"img\""), "\(name): a chart without role=img")
            }
            let svgCount = html.components(separatedBy: "<svg ").count - 1
            let named = html.matches(of: #/<svg [^>]*role="img"[^>]*>\n?<title[^>]*>[^<]+</title>/#).count
            #expect(svgCount == named, "\(name): \(svgCount - named) charts have no accessible name")
            for labelled in html.matches(of: #/aria-labelledby="([^ "]+) ([^"]+)"/#) {
                #expect(html.contains("id=\"\(labelled.output.1)\"") && html.contains("id=\"\(labelled.output.2)\""),
                        "\(name): a chart names an id the page lacks")
            }
            charts += svgCount
            let tables = html.components(separatedBy: "<table").dropFirst()
            for table in tables {
                let body = table.components(separatedBy: "</table>")[0]
                #expect(body.contains("<caption>"), "\(name): a table without a caption")
                #expect(body.contains("<th scope=\"col\""), "\(name): a table without column headers")
            }
            #expect(!html.contains("<img"), "\(name): images must be inline SVG with names")
        }
        #expect(charts > 100)
    }
}
