/// Everything Riverton's partners ever record about one child, drawn at once so the
/// exports agree with each other (the same child, grade, school and year everywhere).
struct StudentLife {
    var identity: StudentIdentity
    var enrollments: [EnrollmentRecord] = []
    var tests: [TestRecord] = []
    var readiness: ReadinessRecord?
    var programYears: [ProgramYear] = []
    var graduationDate: Int32?
    var college: [CollegeRecord] = []
}

/// One row of the enrollment export: a student at one school for (part of) one year.
struct EnrollmentRecord {
    let school: School
    let year: Int
    let grade: Int
    let entry: Int32
    var exit: Int32
    var exitCode: ExitCode
    let cohortYear: Int?
    /// F free, R reduced-price, N not eligible.
    let lunch: Character
    let englishLearner: Bool
    let disability: Bool
    let homeless: Bool
    let foster: Bool
    var daysEnrolled = 0
    var daysPresent = 0
}

enum TestSubject: Int, CaseIterable, Sendable {
    case ela, math

    var identifierPart: String { self == .ela ? "ELA" : "Math" }
}

/// One state test sitting, or a record that the student was not tested and why.
struct TestRecord {
    let year: Int
    let grade: Int
    let subject: TestSubject
    let date: Int32
    let scaleScore: Int?
    let level: Int?
    let reasonNotTested: String?
}

/// The fall kindergarten-entry assessment.
struct ReadinessRecord {
    let year: Int
    let school: School
    let date: Int32
    /// Language, literacy, math, social-emotional, each 0–100.
    let domainScores: [Int]
    let result: ReadinessResult
}

enum ReadinessResult: String, CaseIterable, Sendable {
    case demonstrating = "Demonstrating Readiness"
    case approaching = "Approaching"
    case emerging = "Emerging"

    var level: Int {
        switch self {
        case .demonstrating: return 3
        case .approaching: return 2
        case .emerging: return 1
        }
    }
}

/// A year of one community program for one child, with the school and grade the child had.
struct ProgramYear {
    let partner: CommunityPartner
    let program: Int
    let year: Int
    /// Hours attended, in hundredths, so every partner's rounding is exact.
    let hundredths: Int
    let school: String
    let grade: Int
    let zip: String
}
