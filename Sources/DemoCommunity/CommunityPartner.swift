import BackboneCore

/// The three community organizations in the demo, their programs and whom they serve.
enum CommunityPartner: Int, CaseIterable, Sendable {
    /// After-school programs in three elementary schools and one middle school (K–8).
    case youthWorks
    /// Mentoring for grades 6–12.
    case brightFutures
    /// A neighborhood learning center serving Northside (and some Lincoln) families, K–12.
    case northside

    /// The person source id in `pipelines/riverton.yml`, used in the truth file.
    var sourceID: String {
        ["youthworks_participants", "bright_futures_participants", "northside_participants"][rawValue]
    }

    struct Program: Sendable {
        let name: String
        let grades: ClosedRange<Int>
        /// How much an hour of it helps test scores, relative to an hour of tutoring.
        let academicWeight: Double
    }

    var programs: [Program] {
        switch self {
        case .youthWorks: return [
            Program(name: "Homework Help Club", grades: 0...8, academicWeight: 1),
            Program(name: "Niños Leyendo – Bilingual Reading", grades: 0...5, academicWeight: 1),
            Program(name: "“Code Crew” Robotics", grades: 3...8, academicWeight: 0.6),
            Program(name: "Café Científico STEM Lab", grades: 4...8, academicWeight: 0.8),
            Program(name: "Kids’ Art Studio", grades: 0...8, academicWeight: 0),
        ]
        case .brightFutures: return [
            Program(name: "1:1 Mentoring", grades: 6...12, academicWeight: 0.5),
            Program(name: "Group Mentoring", grades: 6...12, academicWeight: 0.3),
            Program(name: "College Bound Mentoring", grades: 11...12, academicWeight: 0.5),
        ]
        case .northside: return [
            Program(name: "Early Literacy Circle", grades: 0...2, academicWeight: 1),
            Program(name: "Reading Tutoring", grades: 1...8, academicWeight: 1),
            Program(name: "Math Tutoring", grades: 3...12, academicWeight: 1),
            Program(name: "Teen Leadership", grades: 9...12, academicWeight: 0),
        ]
        }
    }

    /// The chance a child not yet enrolled joins this year, or nil when the partner does not
    /// serve the child's school and neighborhood.
    func joinChance(school: School, grade: Int, neighborhood: Neighborhood, lowIncome: Bool) -> Double? {
        let needBoost = lowIncome ? 0.05 : 0
        switch self {
        case .youthWorks:
            guard ["101", "102", "103", "201"].contains(school.code), grade <= 8 else { return nil }
            return 0.10 + needBoost
        case .brightFutures:
            guard grade >= 6 else { return nil }
            return 0.04 + needBoost / 2
        case .northside:
            switch neighborhood {
            case .northside: return 0.16 + needBoost
            case .lincoln: return 0.035
            default: return nil
            }
        }
    }

    var continueChance: Double { [0.6, 0.65, 0.7][rawValue] }

    /// Hours attended in a program year, in hundredths: spread from 1 to 200, most children
    /// coming a few times and a committed few nearly every day. Each partner rounds its own way.
    func drawHundredths(_ random: inout SplitMix64) -> Int {
        let u = random.unit()
        let hours = 1 + 199 * u * u
        switch self {
        case .youthWorks: return Int(hours * 2) * 50
        case .brightFutures: return min(200, Int(hours * u) + 1) * 100
        case .northside: return Int(hours * 4) * 25
        }
    }

    /// Chance a registration is entered a second time under a new participant id.
    var duplicateChance: Double { [0.05, 0.04, 0.05][rawValue] }
}
