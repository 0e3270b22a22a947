/// Groups' shares drawn as an inline SVG dot plot on one 0–100% scale, with a dashed line at a
/// reference (all students) and a stroke from it to each group's dot: the gap made visible.
///
/// A group whose value is not published gets its note (the reason, or a bound such as
/// "≥99%") in place of a dot, never a dot at zero.
public struct DotChart: Sendable {
    /// One group: its exact share, or the note shown instead of a dot.
    public struct Row: Sendable {
        public var label: String
        public var value: Double?
        public var note: String?

        public init(label: String, value: Double?, note: String? = nil) {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    public var title: String
    public var description: String
    public var rows: [Row]
    /// The value the gaps are measured from, and its label.
    public var reference: LineChart.Reference?

    public init(title: String, description: String, rows: [Row], reference: LineChart.Reference?) {
        self.title = title
        self.description = description
        self.rows = rows
        self.reference = reference
    }

    static let width = 640.0
    static let plot = (left: 230.0, right: 620.0, top: 28.0)
    static let rowHeight = 22.0

    var height: Double { Self.plot.top + Double(rows.count) * Self.rowHeight + 24 }

    /// The SVG element, built only from numbers and escaped text (see `SVGMarkup`).
    public func svg() -> String {
        let plot = Self.plot
        let bottom = plot.top + Double(rows.count) * Self.rowHeight
        let e = SVGMarkup.escaped, n = SVGMarkup.coordinate
        let id = SVGMarkup.identifier(title)
        var out = #"<svg class="chart dot" viewBox="0 0 \#(n(Self.width)) \#(n(height))" role="img" aria-labelledby="\#(id)-t \#(id)-d">"#
        out += "\n<title id=\"\(id)-t\">\(e(title))</title>\n<desc id=\"\(id)-d\">\(e(description))</desc>\n"
        out += "<g class=\"axis\">\n"
        for percent in stride(from: 0, through: 100, by: 25) {
            let at = x(Double(percent) / 100)
            out += SVGMarkup.line(at, plot.top - 6, at, bottom, class: percent == 0 ? nil : "grid")
            out += SVGMarkup.text("\(percent)%", x: at, y: bottom + 16, anchor: "middle")
        }
        out += "</g>\n"
        if let reference {
            out += "<g class=\"references\">\n"
            out += SVGMarkup.line(x(reference.value), plot.top - 10, x(reference.value), bottom, class: nil)
            out += SVGMarkup.text(reference.label, x: x(reference.value), y: plot.top - 14, anchor: "middle")
            out += "</g>\n"
        }
        out += "<g class=\"series\">\n"
        for (index, row) in rows.enumerated() {
            let middle = plot.top + (Double(index) + 0.5) * Self.rowHeight
            out += SVGMarkup.text(row.label, x: plot.left - 10, y: middle + 4, anchor: "end")
            if let value = row.value {
                if let reference {
                    out += SVGMarkup.line(x(reference.value), middle, x(value), middle, class: "gap")
                }
                out += #"<circle cx="\#(n(x(value)))" cy="\#(n(middle))" r="5"><title>\#(e(row.label)): \#(e(SVGMarkup.percent(value)))</title></circle>"# + "\n"
            } else if let note = row.note {
                out += SVGMarkup.text(note, x: plot.left + 4, y: middle + 4, anchor: "start", class: "note")
            }
        }
        return out + "</g>\n</svg>"
    }

    func x(_ share: Double) -> Double {
        Self.plot.left + min(max(share, 0), 1) * (Self.plot.right - Self.plot.left)
    }
}
