import BackboneCore
import BackboneTestSupport
import Linkage
import Testing

/// The probabilistic pass's decision rule: each participant links to its single best
/// candidate, equal weights go to the lower student id, and duplicate registrations of one
/// child may all link to that child.
@Suite struct BestCandidateTests {
    static let fields = ["person_id", "first_name", "last_name", "birth_date", "zip"]

    /// A roster where every student differs from the others, plus two identical records
    /// (S2 and S1, in that order) that no field can tell apart.
    static func students() -> Table {
        var rows: [[Value]] = [
            [.string("S2"), .string("Ana"), .string("Lee"), TableFixture.date("2012-03-04"), .string("45801")],
            [.string("S1"), .string("Ana"), .string("Lee"), TableFixture.date("2012-03-04"), .string("45801")],
        ]
        let given = ["Maya", "Omar", "Lena", "Ravi", "Iris", "Noah", "Zoe", "Eli", "Tia", "Gus", "Ada", "Kai"]
        let surnames = ["Park", "Diaz", "Okafor", "Novak", "Silva", "Haddad", "Berg", "Quinn", "Moreau", "Tanaka"]
        for (i, name) in given.enumerated() {
            for (j, surname) in surnames.enumerated() {
                let date = String(format: "2011-%02d-%02d", 1 + i, 1 + j)
                rows.append([.string("S\(100 + i * 10 + j)"), .string(name), .string(surname), TableFixture.date(date), .string("4580\(j % 5)")])
            }
        }
        return TableFixture.make(.person, fields: fields, rows: rows)
    }

    @Test func equalWeightsGoToTheLowerStudentIdAndDuplicatesResolveToOneChild() throws {
        let participants = TableFixture.make(.person, fields: Self.fields, rows: [
            // Misspelt, so no exact pass takes it: the model must choose between S1 and S2.
            [.string("P1"), .string("Anna"), .string("Lee"), TableFixture.date("2012-03-04"), .string("45801")],
            // One child registered twice, typed differently each time.
            [.string("P2"), .string("Ravi"), .string("Novack"), TableFixture.date("2011-04-04"), .string("45803")],
            [.string("P3"), .string("Ravee"), .string("Novak"), TableFixture.date("2011-04-04"), .string("45803")],
        ])
        let settings = ProbabilisticLinkSettings(linkThreshold: 0.5, reviewThreshold: 0.01, expectedMatchShare: 0.9)
        for _ in 0..<2 {
            let result = try Linker.link(reference: Self.students(), others: [("cbo", participants)], settings: settings)
            let links = result.crosswalk.links["cbo"] ?? [:]
            let decided = links["P1"]?.studentId ?? result.review.first { $0.participantId == "P1" }?.studentId
            #expect(decided == "S1")
            #expect(links["P2"]?.studentId == "S133" && links["P3"]?.studentId == "S133")
        }
    }
}
