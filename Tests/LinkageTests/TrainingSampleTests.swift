import BackboneCore
@testable import Linkage
import Testing

/// A training session past `max_training_pairs` samples participants from the whole export.
@Suite struct TrainingSampleTests {
    let fixtures: ComparisonFixtures

    init() throws {
        fixtures = try ComparisonFixtures()
    }

    /// 20 students born on each of 10 days; 100 participants, 10 per day, in birth-date order,
    /// so the export's first rows all share the first days.
    func linker(cap: Int) -> (ProbabilisticLinker, [StandardizedPerson]) {
        let students = (0..<200).map { fixtures.person(given: ["Ana"], surname: "S\($0)", birth: (2015, 1, 1 + $0 % 10)) }
        let participants = (0..<100).map { fixtures.person(given: ["Ana"], surname: "P\($0)", birth: (2015, 1, 1 + $0 / 10)) }
        let settings = ProbabilisticLinkSettings(training: [.birthDate], maxTrainingPairs: cap)
        return (ProbabilisticLinker(students: students, settings: settings), participants)
    }

    @Test func anUncappedSessionKeepsEveryPairInExportOrder() {
        let (linker, participants) = linker(cap: 1_000_000)
        let (pairs, order) = linker.trainingPairs(participants, rule: .birthDate)
        #expect(order == nil && !pairs.capped && pairs.pairs.count == 100 * 20)
    }

    @Test func aCappedSessionSamplesTheWholeExportTheSameWayEachRun() {
        let (linker, participants) = linker(cap: 400)
        let (pairs, order) = linker.trainingPairs(participants, rule: .birthDate)
        guard let order else { Issue.record("a capped session is sampled"); return }
        #expect(order.sorted() == Array(participants.indices))
        #expect(pairs.capped && pairs.pairs.count == 400 && pairs.participantCount == 20)
        let sampled = Set(pairs.pairs.map { order[Int($0.participant)] })
        // The first 20 rows would be the first two birth days only; a sample reaches most days.
        let days = Set(sampled.map { $0 / 10 })
        #expect(days.count >= 6, "sampled days \(days.sorted())")
        let again = linker.trainingPairs(participants, rule: .birthDate)
        #expect(again.1 == order && again.0.pairs.map(\.student) == pairs.pairs.map(\.student))
    }
}
