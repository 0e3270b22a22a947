import BackboneCore
import Testing

@Suite struct ExpressionCheckerTests {
    private let raceCodes = "hispanic, american_indian, asian, black, pacific_islander, white, two_or_more"

    private func errors(_ text: String, expecting: ExpressionType? = nil) -> [String] {
        ExpressionFixtures.errors(text, expecting: expecting)
    }

    @Test(arguments: [
        "grade == 3 and tested_ela",
        "days_absent / days_enrolled >= 0.10",
        "ela_level >= 3",
        "program_hours(\"youthworks\") >= 30",
        "race_ethnicity in [\"black\", \"hispanic\"]",
        "not homeless",
        "ela_level != null",
        "null == race_ethnicity or tested_ela == false",
        "grade in [-1, 0, 12]",
        "race_ethnicity == 'white' or 'asian' == race_ethnicity",
        "school_id < prior_school_id",
        "entry_date <= \"2023-10-01\" and exit_date > entry_date",
        "entry_date in ['2023-08-20', '2023-09-05']",
        "program_hours('youthworks') / (days_enrolled - days_absent) * 100 >= -scale_score",
        "(exit_date == null) != homeless",
    ])
    func acceptsWellTypedFilters(text: String) {
        #expect(errors(text, expecting: .boolean) == [])
    }

    @Test func unknownColumnsSuggestTheNearestName() {
        #expect(errors("ela_lvl >= 3") == ["pipeline.yml:40:17: error: unknown column 'ela_lvl'; did you mean 'ela_level'?"])
        #expect(errors("grade == 3 and hmeless") == ["pipeline.yml:40:32: error: unknown column 'hmeless'; did you mean 'homeless'?"])
        #expect(errors("shoe_size > 9") == ["pipeline.yml:40:17: error: unknown column 'shoe_size'"])
        #expect(errors("program_hours > 9") == ["pipeline.yml:40:17: error: 'program_hours' is a function; call it as program_hours(…)"])
    }

    @Test func reportsEveryErrorOnceWithItsLocation() {
        #expect(errors("ela_lvl >= 3 and race_ethnicity == \"blak\"") == [
            "pipeline.yml:40:17: error: unknown column 'ela_lvl'; did you mean 'ela_level'?",
            "pipeline.yml:40:52: error: 'blak' is not a race_ethnicity code; expected one of: \(raceCodes)",
        ])
        #expect(errors("not (grade == 'x') or days_absent + homeless > 0 or tested_ela == 3") == [
            "pipeline.yml:40:28: error: cannot compare number with string",
            "pipeline.yml:40:53: error: '+' needs number operands; its right operand is a boolean",
            "pipeline.yml:40:80: error: cannot compare boolean with number",
        ])
    }

    @Test func multiLineExpressionsShiftLines() {
        #expect(errors("grade == 3 and\n    ela_lvl >= 3") == [
            "pipeline.yml:41:5: error: unknown column 'ela_lvl'; did you mean 'ela_level'?"
        ])
    }

    @Test func typeRules() {
        #expect(errors("grade == \"3\"") == ["pipeline.yml:40:23: error: cannot compare number with string"])
        #expect(errors("entry_date < 3") == ["pipeline.yml:40:28: error: cannot compare date with number"])
        #expect(errors("grade and tested_ela") == [
            "pipeline.yml:40:17: error: 'and' needs boolean operands; its left operand is a number"
        ])
        #expect(errors("tested_ela or school_id") == [
            "pipeline.yml:40:31: error: 'or' needs boolean operands; its right operand is a string"
        ])
        #expect(errors("not grade") == ["pipeline.yml:40:21: error: 'not' needs a boolean operand, found a number"])
        #expect(errors("-school_id") == ["pipeline.yml:40:18: error: '-' needs a number operand, found a string"])
        #expect(errors("tested_ela < homeless") == [
            "pipeline.yml:40:28: error: cannot order booleans with '<'; use '==' or '!='"
        ])
        #expect(errors("days_absent / days_enrolled", expecting: .boolean) == [
            "pipeline.yml:40:17: error: expected a boolean expression, found a number expression"
        ])
        #expect(errors("days_absent / days_enrolled", expecting: .number) == [])
    }

    @Test func nullOnlyWithEqualityTests() {
        #expect(errors("ela_level > null") == ["pipeline.yml:40:29: error: null can only be compared with '==' or '!='"])
        #expect(errors("null == null") == ["pipeline.yml:40:22: error: both sides of '==' are null"])
        #expect(errors("ela_level + null == 3") == ["pipeline.yml:40:29: error: null can only be compared with '==' or '!='"])
        #expect(errors("(days_absent / days_enrolled) == null") == [])
    }

    @Test func codeListsCheckLiteralsOnEitherSideAndInLists() {
        #expect(errors("'Black' == race_ethnicity") == [
            "pipeline.yml:40:17: error: 'Black' is not a race_ethnicity code; expected one of: \(raceCodes)"
        ])
        #expect(errors("race_ethnicity in ['black', 'hispanc']") == [
            "pipeline.yml:40:45: error: 'hispanc' is not a race_ethnicity code; expected one of: \(raceCodes)"
        ])
        #expect(errors("school_id == 'anything'") == [])
    }

    @Test func inListsHoldLiteralsOfTheLeftType() {
        #expect(errors("grade in [3, '4']") == ["pipeline.yml:40:30: error: cannot compare number with string"])
        #expect(errors("grade in []") == ["pipeline.yml:40:26: error: the list after 'in' is empty"])
        #expect(errors("grade in [ela_level]") == ["pipeline.yml:40:27: error: a list after 'in' can hold only literal values"])
        #expect(errors("grade in [1, null]") == [
            "pipeline.yml:40:30: error: null cannot be in a list; test for it with '== null'"
        ])
    }

    @Test func dateLiteralsMustBeISODates() {
        #expect(errors("entry_date < '2023-13-01'") == [
            "pipeline.yml:40:30: error: '2023-13-01' is not a date; write dates as YYYY-MM-DD"
        ])
        #expect(errors("entry_date in ['9/1/2023']") == [
            "pipeline.yml:40:32: error: '9/1/2023' is not a date; write dates as YYYY-MM-DD"
        ])
    }

    @Test func functionCallsAreChecked() {
        #expect(errors("program_hours('youthwork') >= 30") == [
            "pipeline.yml:40:31: error: 'youthwork' is not a partner id; expected one of: riverton_usd, youthworks"
        ])
        #expect(errors("program_hour('youthworks') >= 30") == [
            "pipeline.yml:40:17: error: unknown function 'program_hour'; did you mean 'program_hours'?"
        ])
        #expect(errors("program_hours() >= 30") == [
            "pipeline.yml:40:17: error: program_hours expects 1 argument (organization), found 0"
        ])
        #expect(errors("program_hours(3) >= 30") == [
            "pipeline.yml:40:31: error: the organization argument of program_hours must be a string, found a number"
        ])
        #expect(errors("program_hours(school_id) >= 30") == [
            "pipeline.yml:40:31: error: the organization argument of program_hours must be a literal string"
        ])
        #expect(errors("grade(1) > 0") == ["pipeline.yml:40:17: error: 'grade' is a column, not a function"])
        #expect(errors("program_hours('youthworks') == 'many'") == [
            "pipeline.yml:40:45: error: cannot compare number with string"
        ])
    }

    @Test func compiledFormReportsTypeColumnsAndCanonicalText() throws {
        let filter = try Expression.compile(
            "(ela_level>=3 and grade==3) or ela_level == null and program_hours('youthworks')>0",
            at: ExpressionFixtures.base, in: ExpressionFixtures.environment, expecting: .boolean)
        #expect(filter.resultType == .boolean)
        #expect(filter.referencedColumns == ["ela_level", "grade"])
        #expect(filter.description == "ela_level >= 3 and grade == 3 or ela_level == null and program_hours(\"youthworks\") > 0")
        #expect(filter.location == ExpressionFixtures.base)
        let ratio = try ExpressionFixtures.compile("days_absent / days_enrolled")
        #expect(ratio.resultType == .number)
        #expect(ratio.referencedColumns == ["days_absent", "days_enrolled"])
    }
}
