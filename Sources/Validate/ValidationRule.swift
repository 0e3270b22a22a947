import BackboneCore

/// What happens to a row (or a run) when a rule fails.
public enum RuleSeverity: String, Sendable, CaseIterable, Comparable {
    /// The row is kept and the failure counted.
    case warn
    /// The row is quarantined.
    case error
    /// The run stops before publishing anything.
    case fatal

    public static func < (lhs: RuleSeverity, rhs: RuleSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One data-quality rule declared for a source in the pipeline file.
public struct ValidationRule: Sendable {
    public enum Kind: Sendable {
        /// The field must have a value.
        case required(field: String)
        /// Numbers or dates within bounds (inclusive); either bound may be absent.
        case range(field: String, min: Value?, max: Value?)
        /// Text values must match the regular expression in full.
        case pattern(field: String, regex: String)
        /// Values must be one of these.
        case allowed(field: String, values: [Value])
        /// No two rows may share these fields' values (rows with a missing part are not compared).
        case unique(fields: [String])
        /// Every value must occur in `field` of another source (its kept rows).
        case references(field: String, source: String, sourceField: String)
        /// A boolean expression over the source's canonical fields; a row fails when it is false
        /// (a row where it cannot be decided, for a missing value, passes).
        case check(expression: String, expressionLocation: SourceLocation)
        /// The source must have at least `min` rows, and not fewer than (1 − maxShrink) × the
        /// previous run's rows.
        case rowCount(min: Int?, maxShrink: Double?)
    }

    /// Stable name used in findings, reports and thresholds: the user's `name:`, else derived
    /// from the kind (`required(birth_date)`, `unique(person_id, school_year)`).
    public var name: String
    public var kind: Kind
    public var severity: RuleSeverity
    /// Stop the run when more than this share of rows fails the rule.
    public var threshold: Double?
    public var location: SourceLocation

    public init(name: String, kind: Kind, severity: RuleSeverity, threshold: Double? = nil, location: SourceLocation) {
        self.name = name
        self.kind = kind
        self.severity = severity
        self.threshold = threshold
        self.location = location
    }

    /// The field a finding concerns, when the rule is about one field.
    public var field: String? {
        switch kind {
        case .required(let field), .range(let field, _, _), .pattern(let field, _), .allowed(let field, _),
            .references(let field, _, _):
            return field
        case .unique(let fields): return fields.joined(separator: "+")
        case .check, .rowCount: return nil
        }
    }
}

/// The rules of one source and its overall stop threshold.
public struct SourceRules: Sendable {
    public var source: String
    public var rules: [ValidationRule]
    /// Stop the run when more than this share of the source's rows fails any error rule.
    public var threshold: Double?

    public init(source: String, rules: [ValidationRule], threshold: Double? = nil) {
        self.source = source
        self.rules = rules
        self.threshold = threshold
    }
}
