/// A histogram drawn as an inline SVG bar chart, with labelled vertical markers such as
/// thresholds: no script and no external asset, so the report folder stays self-contained.
///
/// The SVG has `role="img"` and the title as its accessible name; pages put the same counts in
/// a table beside it, for screen readers and for exact values. Bar heights are proportional to
/// the counts, from zero to the largest count.
public struct HistogramChart: Sendable {
    /// A vertical line across the plot at `value` on the x axis, labelled above the plot.
    public struct Marker: Sendable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// What the chart shows, in one sentence: its accessible name.
    public var title: String
    /// Bin `i` holds values from `firstEdge + i × binWidth` up to the next edge.
    public var firstEdge: Double
    public var binWidth: Double
    public var counts: [Int]
    /// Drawn in order; a marker outside the bins is drawn at the nearer end.
    public var markers: [Marker]
    public var xAxisLabel: String
    public var yAxisLabel: String
    /// The distance between labelled ticks on the x axis, from the first edge.
    public var tickEvery: Double

    public init(
        title: String, firstEdge: Double, binWidth: Double, counts: [Int], markers: [Marker], xAxisLabel: String,
        yAxisLabel: String, tickEvery: Double
    ) {
        precondition(binWidth > 0 && tickEvery > 0 && !counts.isEmpty, "a histogram needs bins of positive width")
        self.title = title
        self.firstEdge = firstEdge
        self.binWidth = binWidth
        self.counts = counts
        self.markers = markers
        self.xAxisLabel = xAxisLabel
        self.yAxisLabel = yAxisLabel
        self.tickEvery = tickEvery
    }

    /// The drawing's size and the plot area inside it, in SVG user units.
    static let size = (width: 640.0, height: 260.0)
    static let plot = (left: 56.0, right: 628.0, top: 30.0, bottom: 208.0)
    /// Space between neighbouring bars.
    static let gap = 1.0

    /// The SVG element, built only from numbers and escaped text (see `SVGMarkup`).
    public func svg() -> String {
        let plot = Self.plot
        let e = SVGMarkup.escaped, n = SVGMarkup.coordinate
        var out = #"<svg class="chart" viewBox="0 0 \#(n(Self.size.width)) \#(n(Self.size.height))" role="img" aria-label="\#(e(title))">"#
        out += "\n<title>\(e(title))</title>\n<g class=\"bars\">\n"
        let largest = max(counts.max() ?? 0, 1)
        for (bin, count) in counts.enumerated() where count > 0 {
            let left = firstEdge + Double(bin) * binWidth
            let height = Double(count) / Double(largest) * (plot.bottom - plot.top)
            out += #"<rect x="\#(n(x(left) + Self.gap / 2))" y="\#(n(plot.bottom - height))" "#
            out += #"width="\#(n(x(left + binWidth) - x(left) - Self.gap))" height="\#(n(height))">"#
            out += "<title>\(e(SVGMarkup.label(left))) to \(e(SVGMarkup.label(left + binWidth))): \(count)</title></rect>\n"
        }
        out += "</g>\n<g class=\"axis\">\n"
        out += line(plot.left, plot.bottom, plot.right, plot.bottom)
        out += line(plot.left, plot.top, plot.left, plot.bottom)
        let lastEdge = firstEdge + Double(counts.count) * binWidth
        for step in 0...Int(((lastEdge - firstEdge) / tickEvery).rounded(.down)) {
            let tick = firstEdge + Double(step) * tickEvery
            out += line(x(tick), plot.bottom, x(tick), plot.bottom + 5)
            out += text(SVGMarkup.label(tick), x: x(tick), y: plot.bottom + 18, anchor: "middle")
        }
        out += text("0", x: plot.left - 6, y: plot.bottom + 4, anchor: "end")
        out += text(SVGMarkup.label(Double(largest)), x: plot.left - 6, y: plot.top + 4, anchor: "end")
        out += text(xAxisLabel, x: (plot.left + plot.right) / 2, y: Self.size.height - 12, anchor: "middle")
        out += #"<text x="\#(n(-(plot.top + plot.bottom) / 2))" y="14" text-anchor="middle" transform="rotate(-90)">\#(e(yAxisLabel))</text>"#
        out += "\n</g>\n<g class=\"markers\">\n"
        for (i, marker) in markers.enumerated() {
            let at = x(min(max(marker.value, firstEdge), lastEdge))
            out += line(at, plot.top - 4, at, plot.bottom)
            // The first label reads leftwards from its line, the others rightwards, so two apart do not overlap.
            out += text(marker.label, x: i == 0 ? at - 4 : at + 4, y: plot.top - 10, anchor: i == 0 ? "end" : "start")
        }
        return out + "</g>\n</svg>"
    }

    /// The horizontal position of a value on the x axis.
    func x(_ value: Double) -> Double {
        let span = Double(counts.count) * binWidth
        return Self.plot.left + (value - firstEdge) / span * (Self.plot.right - Self.plot.left)
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        SVGMarkup.line(x1, y1, x2, y2)
    }

    private func text(_ content: String, x: Double, y: Double, anchor: String) -> String {
        SVGMarkup.text(content, x: x, y: y, anchor: anchor)
    }
}
