/// A share over school years drawn as an inline SVG line, with dashed horizontal lines at the
/// baseline and the target, so a reader sees at a glance where an outcome started and is headed.
///
/// A year whose value is not published is left as a break in the line and labelled with a
/// short note (for example "hidden"), never drawn as zero. The y axis runs from 0% to 100%.
public struct LineChart: Sendable {
    /// One school year: its exact share, or the note shown instead of a point.
    public struct Point: Sendable {
        public var label: String
        public var value: Double?
        public var note: String?

        public init(label: String, value: Double?, note: String? = nil) {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    /// A dashed horizontal line across the plot, labelled at its right end.
    public struct Reference: Sendable {
        public var value: Double
        public var label: String

        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The accessible name: what the chart shows, in one sentence.
    public var title: String
    /// A longer description for assistive technology, such as the latest value and the target.
    public var description: String
    public var points: [Point]
    public var references: [Reference]

    public init(title: String, description: String, points: [Point], references: [Reference]) {
        self.title = title
        self.description = description
        self.points = points
        self.references = references
    }

    static let size = (width: 640.0, height: 240.0)
    static let plot = (left: 48.0, right: 540.0, top: 16.0, bottom: 200.0)
    /// The vertical room one reference label needs.
    static let labelHeight = 13.0

    /// The SVG element, built only from numbers and escaped text (see `SVGMarkup`).
    public func svg() -> String {
        let plot = Self.plot
        let e = SVGMarkup.escaped, n = SVGMarkup.coordinate
        var out = #"<svg class="chart line" viewBox="0 0 \#(n(Self.size.width)) \#(n(Self.size.height))" role="img" aria-labelledby="\#(idBase)-t \#(idBase)-d">"#
        out += "\n<title id=\"\(idBase)-t\">\(e(title))</title>\n<desc id=\"\(idBase)-d\">\(e(description))</desc>\n"
        out += "<g class=\"axis\">\n"
        for percent in stride(from: 0, through: 100, by: 25) {
            let at = y(Double(percent) / 100)
            out += SVGMarkup.line(plot.left, at, plot.right, at, class: percent == 0 ? nil : "grid")
            out += SVGMarkup.text("\(percent)%", x: plot.left - 6, y: at + 4, anchor: "end")
        }
        for (index, point) in points.enumerated() {
            out += SVGMarkup.text(point.label, x: x(index), y: plot.bottom + 18, anchor: "middle")
        }
        out += "</g>\n<g class=\"references\">\n"
        var labelled: [Double] = []
        for reference in references {
            let at = y(reference.value)
            out += SVGMarkup.line(plot.left, at, plot.right, at, class: nil)
            // A label too close to one already placed moves below it, so two lines' labels never overlap.
            var labelY = at + 4
            while let near = labelled.first(where: { abs($0 - labelY) < Self.labelHeight }) { labelY = near + Self.labelHeight }
            labelled.append(labelY)
            out += SVGMarkup.text(reference.label, x: plot.right + 6, y: labelY, anchor: "start")
        }
        out += "</g>\n<g class=\"series\">\n"
        for segment in segments() where segment.count > 1 {
            let path = segment.map { "\(n(x($0))),\(n(y(points[$0].value!)))" }.joined(separator: " ")
            out += #"<polyline points="\#(path)"/>"# + "\n"
        }
        for (index, point) in points.enumerated() {
            if let value = point.value {
                out += #"<circle cx="\#(n(x(index)))" cy="\#(n(y(value)))" r="4"><title>\#(e(point.label)): \#(e(SVGMarkup.percent(value)))</title></circle>"# + "\n"
            } else if let note = point.note {
                out += SVGMarkup.text(note, x: x(index), y: plot.bottom - 8, anchor: "middle", class: "note")
            }
        }
        return out + "</g>\n</svg>"
    }

    /// Runs of consecutive years with a value: the line breaks where a year is not published.
    private func segments() -> [[Int]] {
        var runs: [[Int]] = [[]]
        for (index, point) in points.enumerated() {
            if point.value == nil { runs.append([]) } else { runs[runs.count - 1].append(index) }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Ids for the title and description, from the title, unique within a page of distinct titles.
    private var idBase: String { SVGMarkup.identifier(title) }

    func x(_ index: Int) -> Double {
        let plot = Self.plot
        guard points.count > 1 else { return (plot.left + plot.right) / 2 }
        let inset = 24.0
        return plot.left + inset + Double(index) / Double(points.count - 1) * (plot.right - plot.left - 2 * inset)
    }

    func y(_ share: Double) -> Double {
        Self.plot.bottom - min(max(share, 0), 1) * (Self.plot.bottom - Self.plot.top)
    }
}
