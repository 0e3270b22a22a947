/// The canonical tables every export is mapped onto (CEDS / Ed-Fi inspired), and their fields.
///
/// A source in the pipeline file names one of these tables and maps its own columns or XML
/// paths onto these fields; later stages read only canonical names.
public enum CanonicalTable: String, CaseIterable, Sendable {
    case person
    case enrollment
    case attendance
    case assessment
    case program
    case postsecondary
    case school

    public struct Field: Sendable {
        public let name: String
        public let type: FieldType
        public let required: Bool
        /// Identifying fields are masked in every finding and never published.
        public let identifying: Bool
        public let summary: String
    }

    public var fields: [Field] {
        switch self {
        case .person: return [
            f("person_id", .string, required: true, identifying: true, "The partner's own identifier for this person"),
            f("state_id", .string, identifying: true, "State student identifier, where the partner recorded it"),
            f("district_id", .string, identifying: true, "District student number, where a partner other than the district recorded it"),
            f("first_name", .string, identifying: true, "Given name"),
            f("middle_name", .string, identifying: true, "Middle name"),
            f("last_name", .string, identifying: true, "Surname"),
            f("nickname", .string, identifying: true, "Preferred or nickname given name"),
            f("full_name", .string, identifying: true, "Whole name in one field (\"Last, First\" or \"First Last\")"),
            f("birth_date", .date, identifying: true, "Date of birth"),
            f("sex", .code(.sex), "Sex"),
            f("race_ethnicity", .code(.raceEthnicity), "Federal race/ethnicity category"),
            f("hispanic_latino", .boolean, "Hispanic or Latino ethnicity, when sent apart from race"),
            f("street", .string, identifying: true, "Home street address (number and street)"),
            f("zip", .string, identifying: true, "Home ZIP code"),
            f("school_id", .string, "School the partner recorded"),
            f("grade", .grade, "Grade level the partner recorded"),
        ]
        case .enrollment: return [
            f("person_id", .string, required: true, identifying: true, "District student identifier"),
            f("school_id", .string, required: true, "School code"),
            f("school_year", .schoolYear, required: true, "School year (ending year)"),
            f("grade", .grade, required: true, "Grade level"),
            f("entry_date", .date, "Entry date"),
            f("exit_date", .date, "Exit or withdrawal date"),
            f("exit_reason", .code(.exitReason), "Why the student left"),
            f("cohort_year", .integer, "Year the student first entered 9th grade"),
            f("economically_disadvantaged", .boolean, "Economically disadvantaged (free or reduced-price lunch)"),
            f("english_learner", .boolean, "English learner"),
            f("disability", .boolean, "Student with a disability (IEP)"),
            f("homeless", .boolean, "Experiencing homelessness"),
            f("foster", .boolean, "In foster care"),
        ]
        case .attendance: return [
            f("person_id", .string, required: true, identifying: true, "District student identifier"),
            f("school_id", .string, "School code"),
            f("school_year", .schoolYear, required: true, "School year (ending year)"),
            f("days_enrolled", .integer, "Days enrolled"),
            f("days_present", .integer, "Days present"),
            f("days_absent", .integer, "Days absent"),
        ]
        case .assessment: return [
            f("person_id", .string, required: true, identifying: true, "District student identifier"),
            f("school_year", .schoolYear, required: true, "School year (ending year)"),
            f("subject", .code(.subject), required: true, "Subject"),
            f("grade", .grade, "Grade when assessed"),
            f("assessment_id", .string, "Assessment identifier"),
            f("test_date", .date, "Administration date"),
            f("scale_score", .decimal, "Scale score"),
            f("performance_level", .integer, "Performance level (1 lowest)"),
        ]
        case .program: return [
            f("person_id", .string, required: true, identifying: true, "The organization's participant identifier"),
            f("program", .string, required: true, "Program name or code"),
            f("school_year", .schoolYear, "School year (ending year)"),
            f("start_date", .date, "Program start"),
            f("end_date", .date, "Program end"),
            f("hours", .decimal, "Hours attended"),
        ]
        case .postsecondary: return [
            f("person_id", .string, required: true, identifying: true, "District student identifier (requester's unique identifier)"),
            f("record_found", .boolean, "Whether the Clearinghouse found a college record"),
            f("high_school_grad_date", .date, "High-school graduation date"),
            f("college_name", .string, "College name"),
            f("college_level", .code(.collegeLevel), "2-year or 4-year"),
            f("college_control", .code(.collegeControl), "Public or private"),
            f("enrollment_begin", .date, "Enrollment span begins"),
            f("enrollment_end", .date, "Enrollment span ends"),
            f("enrollment_status", .code(.enrollmentStatus), "Enrollment status"),
            f("graduated", .boolean, "Earned a degree or certificate"),
            f("graduation_date", .date, "Degree date"),
        ]
        case .school: return [
            f("school_id", .string, required: true, "The district's school code"),
            f("school_name", .string, required: true, "The school's name, as partners write it"),
        ]
        }
    }

    public func field(_ name: String) -> Field? {
        fields.first { $0.name == name }
    }

    private func f(
        _ name: String, _ type: FieldType, required: Bool = false, identifying: Bool = false, _ summary: String
    ) -> Field {
        Field(name: name, type: type, required: required, identifying: identifying, summary: summary)
    }
}
