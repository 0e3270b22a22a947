import BackboneCore

/// How findings word values, bounds and shares.
enum FindingText {
    /// A cell as a person recognizes it: text quoted, grades as labels, dates ISO, a missing
    /// value as `empty`; identifying values only as their shape (`a value shaped '9999-99-99'`).
    static func show(_ value: Value, type: FieldType, identifying: Bool) -> String {
        if value.isNull { return "empty" }
        if identifying { return "a value shaped " + ValueShape.of(value.description) }
        return literal(value, type: type)
    }

    /// A value from the pipeline file (a bound or an allowed value), never masked.
    static func literal(_ value: Value, type: FieldType) -> String {
        switch value {
        case .string(let text): return "'\(text)'"
        case .integer(let grade) where type == .grade: return GradeLevel.label(Int(grade))
        default: return value.description
        }
    }

    /// `7.5%`, `2%`, `0.25%`: a share with at most two decimals.
    static func percent(_ share: Double) -> String {
        let hundredths = (share * 10_000).rounded()
        let whole = Int(hundredths) / 100, fraction = Int(hundredths) % 100
        if fraction == 0 { return "\(whole)%" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)%" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)%"
    }
}
