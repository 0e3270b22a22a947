@testable import ReportCard
import Testing

@Suite struct LineAndDotChartTests {
    /// The `cx`/`cy` of every circle, in document order.
    func dots(_ svg: String) -> [(x: Double, y: Double)] {
        svg.matches(of: #/<circle cx="([0-9.]+)" cy="([0-9.]+)"/#).map { (Double($0.output.1)!, Double($0.output.2)!) }
    }

    let line = LineChart(
        title: "Reading <by year>", description: "46.8% in 2025–26.",
        points: [.init(label: "2021–22", value: 0.5), .init(label: "2022–23", value: nil, note: "hidden"),
                 .init(label: "2023–24", value: 0.25), .init(label: "2024–25", value: 1)],
        references: [.init(value: 0.6, label: "Target 60%")])

    @Test func aHiddenYearBreaksTheLineAndIsLabelledNotDrawnAtZero() {
        let svg = line.svg()
        let points = dots(svg)
        #expect(points.count == 3, "the hidden year has no point")
        #expect(points.map(\.x) == [line.x(0), line.x(2), line.x(3)].map { Double(SVGMarkup.coordinate($0))! })
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 1, "only the run of two years is a line")
        #expect(svg.contains(">hidden</text>"))
    }

    @Test func valuesAndReferencesShareOneScaleFromZeroToOneHundredPercent() {
        let svg = line.svg()
        let points = dots(svg)
        #expect(abs(points[0].y - (LineChart.plot.bottom + LineChart.plot.top) / 2) <= 0.05)
        #expect(abs(points[2].y - LineChart.plot.top) <= 0.05)
        let target = LineChart.plot.bottom - 0.6 * (LineChart.plot.bottom - LineChart.plot.top)
        #expect(svg.contains(#"y1="\#(SVGMarkup.coordinate(target))""#))
    }

    @Test func titleAndDescriptionNameTheImageEscaped() {
        let svg = line.svg()
        #expect(svg.hasPrefix("<svg class=\"chart line\""))
        #expect(svg.contains(#"role="img" aria-labelledby="chart-reading-by-year-t chart-reading-by-year-d""#))
        #expect(svg.contains(#"<title id="chart-reading-by-year-t">"#) && svg.contains(#"<desc id="chart-reading-by-year-d">"#))
        #expect(svg.contains("Reading &lt;by year&gt;"))
        #expect(!svg.contains("<by year>"))
    }

    @Test func referenceLabelsCloseTogetherDoNotOverlap() {
        let chart = LineChart(
            title: "Close", description: "", points: [.init(label: "2024", value: 0.5)],
            references: [.init(value: 0.60, label: "Target 60%"), .init(value: 0.59, label: "Baseline 59%")])
        let labels = chart.svg().matches(of: #/<text x="546.0" y="([0-9.]+)" text-anchor="start">/#).map { Double($0.output.1)! }
        #expect(labels.count == 2)
        #expect(abs(labels[0] - labels[1]) >= LineChart.labelHeight)
    }

    @Test func dotsStandAtTheirShareAndHiddenGroupsShowTheirNote() {
        let chart = DotChart(
            title: "By group", description: "Groups",
            rows: [.init(label: "A & B", value: 0.2), .init(label: "C", value: nil, note: "hidden: fewer than 10"),
                   .init(label: "D", value: nil, note: "≥99%")],
            reference: .init(value: 0.5, label: "All students 50%"))
        let svg = chart.svg()
        let points = dots(svg)
        #expect(points.count == 1)
        #expect(abs(points[0].x - chart.x(0.2)) <= 0.05)
        #expect(svg.contains(">hidden: fewer than 10</text>") && svg.contains(">≥99%</text>"))
        #expect(svg.contains("A &amp; B"))
        #expect(svg.components(separatedBy: #"class="gap""#).count - 1 == 1, "a gap stroke only for the published value")
    }
}
