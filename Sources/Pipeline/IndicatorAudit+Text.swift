import BackboneCore
import Measure

extension IndicatorAudit.Report {
    /// What `backbone explain` prints: the definition, the count after each filter, and each
    /// published result with its suppression. Counts and codes only.
    public func text(recordsFile: String) -> String {
        let definition = explanation.definition
        var lines = ["\(definition.id): \(definition.name)"]
        if !definition.description.isEmpty { lines.append("  \(definition.description)") }
        lines.append("")
        lines.append("  population  \(definition.population)")
        lines.append("  numerator   \(definition.numerator)")
        lines.append("  year        \(definition.year ?? "school_year")"
            + (definition.years.map { " (reported: " + $0.map(SchoolYear.label).joined(separator: ", ") + ")" } ?? ""))
        var context: [String] = []
        if let baseline = definition.baselineYear { context.append("baseline \(SchoolYear.label(baseline))") }
        if let target = definition.target { context.append("target \(NumberFormat.percent(target))") }
        context.append(definition.direction == .up ? "higher is better" : "lower is better")
        lines.append("  " + context.joined(separator: ", "))
        lines.append(
            "  published only for groups of \(minimumCellSize) or more; top/bottom coding: \(coding.rawValue)")
        lines.append("")
        lines.append("Counts:")
        let steps = explanation.steps + [explanation.numerator]
        let width = steps.map(\.label.count).max() ?? 0
        for step in steps {
            let count = NumberFormat.count(step.count)
            lines.append("  " + step.label.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: max(0, 12 - count.count)) + count)
        }
        lines.append("")
        lines.append("Published:")
        for result in explanation.results {
            lines.append("  \(SchoolYear.label(result.schoolYear))  \(result.dimension)=\(result.group)  " + published(result))
        }
        if explanation.results.isEmpty { lines.append("  nothing for this year and group") }
        lines.append("")
        lines.append("Contributing student-years (keyed pseudonyms, owner-only): \(recordsFile)")
        return lines.joined(separator: "\n")
    }

    private func published(_ result: IndicatorResult) -> String {
        let counts = "\(NumberFormat.count(result.numerator)) of \(NumberFormat.count(result.denominator))"
        if let value = result.value { return "\(NumberFormat.percent(value)) (\(counts))" }
        let reason = result.suppression.map { "\($0.rawValue): \($0.explanation)" } ?? "no value"
        if let bound = result.bound { return "shown as \(bound) (\(counts) before coding; \(reason))" }
        return "hidden (\(counts) before suppression; \(reason))"
    }
}
