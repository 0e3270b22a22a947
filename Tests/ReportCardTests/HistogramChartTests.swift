@testable import ReportCard
import Testing

@Suite struct HistogramChartTests {
    /// The numeric attributes of every `<element …>` of one kind, in document order.
    func shapes(_ element: String, in svg: String) -> [[String: Double]] {
        svg.matches(of: try! Regex("<\(element) ([^>]*?)/?>")).map { match in
            var attributes: [String: Double] = [:]
            for attribute in String(match.output[1].substring!).matches(of: #/([a-z0-9]+)="(-?[0-9.]+)"/#) {
                attributes[String(attribute.output.1)] = Double(attribute.output.2)
            }
            return attributes
        }
    }

    func markers(_ svg: String) -> Substring {
        svg[svg.range(of: "<g class=\"markers\">")!.lowerBound...]
    }

    let chart = HistogramChart(
        title: "Weights", firstEdge: -2, binWidth: 1, counts: [0, 10, 5, 20, 0, 1],
        markers: [.init(value: 0.5, label: "review"), .init(value: 99, label: "link")],
        xAxisLabel: "Match weight (bits)", yAxisLabel: "Participants", tickEvery: 2)

    @Test func barHeightsAreProportionalToTheCountsFromOneBaseline() throws {
        let bars = shapes("rect", in: chart.svg())
        #expect(bars.count == 4, "empty bins draw no bar")
        let counts = [10.0, 5, 20, 1]
        let tallest = HistogramChart.plot.bottom - HistogramChart.plot.top
        for (bar, count) in zip(bars, counts) {
            #expect(abs(bar["height"]! - count / 20 * tallest) <= 0.05)
            #expect(abs(bar["y"]! + bar["height"]! - HistogramChart.plot.bottom) <= 0.1)
        }
        let widths = Set(bars.map { $0["width"]! })
        #expect(widths.count == 1, "every bin is as wide as the others")
    }

    @Test func markersStandAtTheirValueOnTheBarsScale() throws {
        let svg = chart.svg()
        let bars = shapes("rect", in: svg)
        let lines = shapes("line", in: String(markers(svg)))
        #expect(lines.count == 2)
        // 0.5 is the middle of the bin [0, 1), the third bin, whose bar is the second drawn.
        let middle = bars[1]["x"]! + bars[1]["width"]! / 2
        #expect(abs(lines[0]["x1"]! - middle) <= 0.1)
        #expect(lines[0]["x1"] == lines[0]["x2"], "a marker is vertical")
        // 99 is past the last edge (4): drawn at the plot's right end, not outside it.
        #expect(lines[1]["x1"] == HistogramChart.plot.right)
        #expect(markers(svg).contains(">review</text>") && markers(svg).contains(">link</text>"))
    }

    @Test func axisTicksAreLabelledInTheAxisUnits() {
        let svg = chart.svg()
        for label in ["−2", "0", "2", "4", "20", "Match weight (bits)", "Participants"] {
            #expect(svg.contains(">\(label)</text>"), "\(label)")
        }
    }

    @Test func everyTextIsEscapedAndTheChartIsAnAccessibleImage() {
        let hostile = HistogramChart(
            title: #"A "quoted" <b>title</b> & more"#, firstEdge: 0, binWidth: 1, counts: [3],
            markers: [.init(value: 0, label: "<script>alert(1)</script>")], xAxisLabel: "x & y", yAxisLabel: "it's",
            tickEvery: 1)
        let svg = hostile.svg()
        #expect(svg.hasPrefix(#"<svg class="chart" viewBox="0 0 640.0 260.0" role="img" aria-label="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more">"#))
        #expect(svg.contains("<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more</title>"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(svg.contains(">x &amp; y</text>") && svg.contains(">it&#39;s</text>"))
        #expect(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("href"))
    }
}
