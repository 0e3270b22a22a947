import BackboneCore
import BackboneTestSupport
import Pipeline
import Testing
import Validate

/// Validation rules declared per source: kinds, fields, typed values, references, checks,
/// thresholds and names.
@Suite struct PipelineLoaderRuleTests {
    typealias S = PipelineSamples

    /// Lines 5–16: students (person) and enrollment (enrollment), then `threshold:` when given
    /// and `rules:`; a test's rule items begin on line 17 (line 18 with a threshold).
    static func pipeline(rules: String, threshold: String = "") -> String {
        S.pipeline("""
              students:
                partner: district
                path: students.csv
                table: person
                fields: { person_id: ID, birth_date: DOB, zip: Zip, sex: Sex, grade: Grade }
              enrollment:
                partner: district
                path: enrollment.csv
                table: enrollment
                fields: { person_id: ID, school_id: School, school_year: Year, grade: Grade,
                  entry_date: Entry, exit_date: Exit, exit_reason: Why, cohort_year: Cohort }
            \(threshold.isEmpty ? "" : "    threshold: \(threshold)\n")    rules:
            """, rules)
    }

    static func errors(rules: String, threshold: String = "") -> [String] {
        S.errors(pipeline(rules: rules, threshold: threshold))
    }

    @Test func aValidFileDecodesIntoRulesPerSource() throws {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                table: person
                fields: { person_id: ID, birth_date: DOB, zip: Zip, sex: Sex }
                rules:
                  - range: { field: birth_date, min: 2000-01-01, max: "2025-12-31" }
                  - pattern: { field: zip, regex: "^[0-9]{5}$", severity: warn }
                  - allowed: { field: sex, values: [female, male] }
              enrollment:
                partner: district
                path: enrollment.csv
                table: enrollment
                fields: { person_id: ID, school_id: School, school_year: Year, grade: Grade, entry_date: Entry,
                  exit_date: Exit }
                threshold: 2%
                rules:
                  - required: entry_date
                  - range: { field: grade, min: K, max: 12, severity: warn, threshold: 5% }
                  - allowed: { field: grade, values: [0, 1, 2, 3] }
                  - unique: [person_id, school_year, school_id, entry_date]
                  - references: { field: person_id, source: students }
                  - check: { expression: "exit_date >= entry_date", name: exit_after_entry }
                  - check: exit_date != null
                  - row_count: { min: 1000, max_shrink: 10% }
                  - { unique: person_id, name: one_row_each, severity: fatal }
              participants:
                partner: youthworks
                path: participants.csv
                table: person
                fields: { person_id: ID }
                threshold: 0.05
              attendance:
                partner: district
                path: attendance.csv
                table: attendance
                fields: { person_id: ID, school_year: Year, days_present: Present }
            """)
        let sources = try PipelineLoader.load(yaml: yaml, file: "p.yml").stages.validate.sources
        let at = { (line: Int, column: Int) in SourceLocation(file: "p.yml", line: line, column: column) }
        let expected = [
            SourceRules(source: "students", rules: [
                ValidationRule(
                    name: "range(birth_date)",
                    kind: .range(
                        field: "birth_date", min: .date(CalendarDate.dayNumber(year: 2000, month: 1, day: 1)!),
                        max: .date(CalendarDate.dayNumber(year: 2025, month: 12, day: 31)!)),
                    severity: .error, location: at(11, 9)),
                ValidationRule(
                    name: "pattern(zip)", kind: .pattern(field: "zip", regex: "^[0-9]{5}$"), severity: .warn,
                    location: at(12, 9)),
                ValidationRule(
                    name: "allowed(sex)", kind: .allowed(field: "sex", values: [.string("female"), .string("male")]),
                    severity: .error, location: at(13, 9)),
            ]),
            SourceRules(source: "enrollment", rules: [
                ValidationRule(
                    name: "required(entry_date)", kind: .required(field: "entry_date"), severity: .error,
                    location: at(22, 9)),
                ValidationRule(
                    name: "range(grade)", kind: .range(field: "grade", min: .integer(0), max: .integer(12)),
                    severity: .warn, threshold: 0.05, location: at(23, 9)),
                ValidationRule(
                    name: "allowed(grade)", kind: .allowed(field: "grade", values: (0...3).map { .integer($0) }),
                    severity: .error, location: at(24, 9)),
                ValidationRule(
                    name: "unique(person_id, school_year, school_id, entry_date)",
                    kind: .unique(fields: ["person_id", "school_year", "school_id", "entry_date"]), severity: .error,
                    location: at(25, 9)),
                ValidationRule(
                    name: "references(person_id → students)",
                    kind: .references(field: "person_id", source: "students", sourceField: "person_id"),
                    severity: .error, location: at(26, 9)),
                ValidationRule(
                    name: "exit_after_entry",
                    kind: .check(expression: "exit_date >= entry_date", expressionLocation: at(27, 31)),
                    severity: .error, location: at(27, 9)),
                ValidationRule(
                    name: "check(exit_date != null)",
                    kind: .check(expression: "exit_date != null", expressionLocation: at(28, 16)),
                    severity: .error, location: at(28, 9)),
                ValidationRule(
                    name: "row_count", kind: .rowCount(min: 1000, maxShrink: 0.1), severity: .fatal,
                    location: at(29, 9)),
                ValidationRule(
                    name: "one_row_each", kind: .unique(fields: ["person_id"]), severity: .fatal,
                    location: at(30, 9)),
            ], threshold: 0.02),
            SourceRules(source: "participants", rules: [], threshold: 0.05),
        ]
        #expect(sources.map(Self.describe) == expected.map(Self.describe))
    }

    @Test func theDocumentedExampleLoads() throws {
        let config = try PipelineLoader.load(path: Fixtures.path("pipelines/rules.yml"))
        let enrollment = try #require(config.stages.validate.sources.first)
        #expect(config.stages.validate.sources.count == 1)
        #expect(enrollment.source == "district_enrollment")
        #expect(enrollment.threshold == 0.02)
        #expect(enrollment.rules.map(\.name) == [
            "required(entry_date)", "range(grade)", "range(entry_date)", "pattern(school_id)", "allowed(exit_reason)",
            "unique(person_id, school_year, school_id, entry_date)", "references(person_id → district_students)",
            "exit_after_entry", "row_count",
        ])
        #expect(enrollment.rules.map(\.severity) == [.error, .warn, .error, .warn, .error, .error, .error, .error, .fatal])
    }

    @Test func eachItemHasExactlyOneKnownKind() {
        let rules = """
                  - requird: entry_date
                  - { required: entry_date, unique: person_id, range: { field: grade, max: 12 } }
                  - { severity: warn }
                  - required
                  - { required: exit_date, nmae: has_exit }
                  - { severity: warn, colour: red }
            """
        #expect(Self.errors(rules: rules) == [
            "p.yml:17:9: error: unknown rule kind 'requird'; expected one of: required, range, pattern, allowed, "
                + "unique, references, check, row_count; did you mean 'required'?",
            "p.yml:18:33: error: rule 2 of source 'enrollment' has both 'required' and 'unique'; give one rule kind "
                + "per item",
            "p.yml:18:52: error: rule 2 of source 'enrollment' has both 'required' and 'range'; give one rule kind "
                + "per item",
            "p.yml:19:9: error: rule 3 of source 'enrollment' needs a rule kind, one of: required, range, pattern, "
                + "allowed, unique, references, check, row_count",
            "p.yml:20:9: error: expected a mapping for rule 4 of source 'enrollment', found 'required'",
            "p.yml:21:32: error: unknown key 'nmae' in rule 5 of source 'enrollment'; expected one of: name, "
                + "severity, threshold; did you mean 'name'?",
            "p.yml:22:27: error: unknown rule kind 'colour'; expected one of: required, range, pattern, allowed, "
                + "unique, references, check, row_count",
        ])
    }

    @Test func fieldsMustBeMappedFieldsOfTheSourcesTable() {
        let rules = """
                  - required: entry_dat
                  - unique: [person_id, homeless]
                  - { required: { field: exit_reasn } }
                  - range: { feild: grade, min: 1 }
            """
        #expect(Self.errors(rules: rules) == [
            "p.yml:17:19: error: table 'enrollment' has no field 'entry_dat'; did you mean 'entry_date'?",
            "p.yml:18:29: error: source 'enrollment' does not map field 'homeless'; it maps: person_id, school_id, "
                + "school_year, grade, entry_date, exit_date, exit_reason, cohort_year",
            "p.yml:19:30: error: table 'enrollment' has no field 'exit_reasn'; did you mean 'exit_reason'?",
            "p.yml:20:16: error: 'range' of rule 4 of source 'enrollment' is missing required key 'field'",
            "p.yml:20:18: error: unknown key 'feild' in 'range' of rule 4 of source 'enrollment'; expected one of: "
                + "field, max, min, name, severity, threshold; did you mean 'field'?",
        ])
    }

    @Test func rangesNeedNumberOrDateFieldsAndOrderedBoundsOfTheirType() {
        let rules = """
                  - range: { field: school_id, min: 1 }
                  - range: { field: cohort_year, min: 2030, max: 2020 }
                  - range: { field: entry_date, min: 01/01/2000, max: 2025-12-31 }
                  - range: { field: cohort_year, max: 2024.5 }
                  - range: { field: grade }
                  - range: { field: entry_date, min: 2025-08-01, max: "2024-08-01" }
                  - range: { field: school_year, min: 2020-21, max: next }
            """
        #expect(Self.errors(rules: rules) == [
            "p.yml:17:25: error: 'range' applies to number and date fields; 'school_id' is a string field",
            "p.yml:18:43: error: 'min' 2030 is greater than 'max' 2020 in 'range' of rule 2 of source 'enrollment'",
            "p.yml:19:42: error: expected a date as YYYY-MM-DD for 'min' of date field 'entry_date', "
                + "found '01/01/2000'",
            "p.yml:20:43: error: expected an integer for 'max' of integer field 'cohort_year', found '2024.5'",
            "p.yml:21:9: error: 'range' of rule 5 of source 'enrollment' needs 'min' or 'max'",
            "p.yml:22:42: error: 'min' 2025-08-01 is greater than 'max' 2024-08-01 in 'range' of rule 6 of source "
                + "'enrollment'",
            "p.yml:23:57: error: expected a school year such as 2023-24 for 'max' of school year field 'school_year', "
                + "found 'next'",
        ])
    }

    @Test func patternsNeedStringFieldsAndARegexThatCompiles() {
        let yaml = S.pipeline("""
              students:
                partner: district
                path: students.csv
                table: person
                fields: { person_id: ID, zip: Zip, birth_date: DOB }
                rules:
                  - pattern: { field: birth_date, regex: "^[0-9]+$" }
                  - pattern: { field: zip, regex: "([0-9]{5}" }
                  - pattern: { field: zip, regex: "[9-0]" }
            """)
        #expect(S.errors(yaml) == [
            "p.yml:11:27: error: 'pattern' applies to string fields; 'birth_date' is a date field",
            "p.yml:12:39: error: invalid regular expression '([0-9]{5}': expected ')'",
            "p.yml:13:39: error: invalid regular expression '[9-0]': character '9' must compare less than or equal "
                + "to '0'",
        ])
    }

    @Test func allowedValuesAreTypedByTheField() {
        let rules = """
                  - allowed: { field: grade, values: [K, 1, thirteen] }
                  - allowed: { field: exit_reason, values: [graduated, graduatd] }
                  - allowed: { field: cohort_year, values: [] }
                  - allowed: { field: exit_date, values: 2024-06-01 }
            """
        #expect(Self.errors(rules: rules) == [
            "p.yml:17:49: error: expected a grade level (PK, K, 1–12) for 'values' of grade level field 'grade', "
                + "found 'thirteen'",
            "p.yml:18:60: error: unknown exit_reason code 'graduatd'; expected one of: graduated, completed_other, "
                + "transferred_out, dropped_out, deceased, emigrated, juvenile_facility, promoted, other",
            "p.yml:19:48: error: 'allowed' of rule 3 of source 'enrollment' needs at least one value in 'values'",
            "p.yml:20:46: error: expected a sequence for 'values', found '2024-06-01'",
        ])
    }

    @Test func referencesNameADeclaredSourceAndAFieldItMaps() {
        let rules = """
                  - references: { field: person_id, source: student }
                  - references: { field: school_id, source: students, to_field: school }
                  - references: { field: school_id, source: students }
                  - references: { field: person_id, source: students, to_field: state_id }
                  - references: { field: person_id, source: students, to_field: person_id }
            """
        #expect(Self.errors(rules: rules) == [
            "p.yml:17:49: error: source 'student' is not declared in 'sources'; did you mean 'students'?",
            "p.yml:18:69: error: table 'person' has no field 'school'; expected one of: person_id, state_id, district_id, "
                + "first_name, middle_name, last_name, nickname, full_name, birth_date, sex, race_ethnicity, "
                + "hispanic_latino, street, zip, school_id, grade",
            "p.yml:19:49: error: source 'students' does not map field 'school_id'; it maps: person_id, birth_date, "
                + "zip, sex, grade",
            "p.yml:20:69: error: source 'students' does not map field 'state_id'; it maps: person_id, birth_date, "
                + "zip, sex, grade",
        ])
    }

    @Test func checksAreTypeCheckedOverTheMappedFields() {
        let rules = """
                  - check: exit_dat >= entry_date
                  - check: { expression: "exit_date >= 3 and homeless" }
                  - check: "grade + 1"
                  - check: 'exit_date >= '
            """
        #expect(Self.errors(rules: rules) == [
            "p.yml:17:16: error: unknown column 'exit_dat'; did you mean 'exit_date'?",
            "p.yml:18:41: error: cannot compare date with number",
            "p.yml:18:50: error: unknown column 'homeless'",
            "p.yml:19:17: error: expected a boolean expression, found a number expression",
            "p.yml:20:30: error: unexpected end of expression; expected a value, a column or '('",
        ])
    }

    @Test func thresholdsAreSharesAndSeveritiesAreKnown() {
        let rules = """
                  - { required: entry_date, threshold: 150% }
                  - { required: exit_date, severity: warning }
                  - range: { field: grade, min: 1, threshold: 0 }
                  - row_count: { min: -1, max_shrink: 1.5 }
                  - row_count: {}
            """
        #expect(Self.errors(rules: rules, threshold: "2 percent") == [
            "p.yml:16:16: error: expected a share in (0, 1] such as 2% or 0.02 for 'threshold', found '2 percent'",
            "p.yml:18:44: error: expected a share in (0, 1] such as 2% or 0.02 for 'threshold', found '150%'",
            "p.yml:19:42: error: unknown severity 'warning'; expected one of: warn, error, fatal",
            "p.yml:20:51: error: expected a share in (0, 1] such as 2% or 0.02 for 'threshold', found '0'",
            "p.yml:21:27: error: expected a non-negative integer for 'min', found '-1'",
            "p.yml:21:43: error: expected a share in [0, 1] such as 2% or 0.02 for 'max_shrink', found '1.5'",
            "p.yml:22:9: error: 'row_count' of rule 5 of source 'enrollment' needs 'min' or 'max_shrink'",
        ])
    }

    @Test func ruleNamesAreUniqueWithinASource() {
        let rules = """
                  - required: entry_date
                  - { required: exit_date, name: dates }
                  - required: entry_date
                  - { range: { field: grade, min: 0, name: dates } }
                  - { range: { field: grade, max: 12, severity: warn }, severity: error }
            """
        #expect(Self.errors(rules: rules) == [
            "p.yml:19:9: error: duplicate rule name 'required(entry_date)' in source 'enrollment'; first used at "
                + "line 17; give one of them a 'name'",
            "p.yml:20:48: error: duplicate rule name 'dates' in source 'enrollment'; first used at line 18",
            "p.yml:21:43: error: rule 5 of source 'enrollment' gives 'severity' both beside and inside 'range'; "
                + "give it once",
        ])
    }

    /// A rule as text, so decoded rules compare whole: name, kind, severity, threshold, location.
    static func describe(_ rule: ValidationRule) -> String {
        let threshold = rule.threshold.map { String($0) } ?? "-"
        return "\(rule.name) | \(describe(rule.kind)) | \(rule.severity) | \(threshold) | \(rule.location)"
    }

    static func describe(_ rules: SourceRules) -> [String] {
        ["\(rules.source) threshold \(rules.threshold.map { String($0) } ?? "-")"] + rules.rules.map(describe)
    }

    static func describe(_ kind: ValidationRule.Kind) -> String {
        switch kind {
        case .required(let field): "required \(field)"
        case .range(let field, let min, let max): "range \(field) \(describe(min)) \(describe(max))"
        case .pattern(let field, let regex): "pattern \(field) \(regex)"
        case .allowed(let field, let values): "allowed \(field) \(values.map(describe))"
        case .unique(let fields): "unique \(fields)"
        case .references(let field, let source, let sourceField): "references \(field) \(source).\(sourceField)"
        case .check(let expression, let location): "check \(expression) at \(location)"
        case .rowCount(let min, let maxShrink): "row_count \(String(describing: min)) \(String(describing: maxShrink))"
        }
    }

    /// A value with its case, so 0 the integer and 0 the decimal differ.
    static func describe(_ value: Value?) -> String {
        switch value {
        case nil: "-"
        case .null?: "null"
        case .string(let text)?: "string(\(text))"
        case .integer(let number)?: "integer(\(number))"
        case .decimal(let number)?: "decimal(\(number))"
        case .date(let day)?: "date(\(CalendarDate.iso(day)))"
        case .boolean(let flag)?: "boolean(\(flag))"
        }
    }
}
