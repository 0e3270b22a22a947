import BackboneCore
import BackboneTestSupport
import Linkage
import Testing

@Suite struct ReviewDecisionsTests {
    @Test func reviewersOverrideEveryPass() throws {
        let fixture = ExactLinkerTests()
        let participants = TableFixture.make(
            .person, fields: ["person_id", "state_id", "full_name", "nickname", "birth_date"],
            rows: [
                [.string("P1"), .null, .string("PENA RUIZ, Jose"), .null, TableFixture.date("2012-03-04")],
                [.string("P2"), .string("900002"), .string("Lee, Anna"), .null, .null],
                [.string("P3"), .null, .string("Smith, Sam"), .null, TableFixture.date("2014-01-01")],
                [.string("P4"), .null, .string("Lee, Annie"), .string("Ana"), TableFixture.date("2013-05-06")],
            ])
        var decisions = ReviewDecisions()
        decisions.record(.reject, source: "cbo", participant: "P1", student: "S1")
        decisions.record(.accept, source: "cbo", participant: "P3", student: "S3")
        let result = try Linker.link(
            reference: fixture.students, others: [("cbo", participants)], decisions: decisions)
        let links = result.crosswalk.links["cbo"] ?? [:]
        #expect(links["P1"] == nil)
        #expect(links["P2"] == .init(studentId: "S2", pass: "state_id"))
        #expect(links["P3"] == .init(studentId: "S3", pass: "reviewer"))
        #expect(links["P4"] == .init(studentId: "S2", pass: "name_birth_date"))
        let summary = try #require(result.summaries.first)
        #expect(summary.linkedByPass[.reviewer] == 1)
        #expect(summary.linkedByPass[.stateId] == 1)
        #expect(summary.linkedByPass[.nameBirthDate] == 1)
        #expect(summary.linked == 3)
    }
}
