import BackboneCore

/// The pairs a set of blocking rules proposes between participants and students, with how
/// many each rule found, bounded by a cap that warns instead of exploding.
///
/// A key more than `maxBlockSize` students share (a common surname in a ZIP of a large city)
/// is skipped (see `BlockingIndex`): it would compare one participant with thousands of
/// students and find no match the other rules miss. Skipped keys are counted per rule.
struct CandidatePairs {
    /// `(participant, student)` indices, sorted, each pair once.
    private(set) var pairs: [(participant: Int32, student: Int32)] = []
    /// Pairs proposed by each rule (a pair two rules propose counts for both), in rule order.
    private(set) var perRule: [(rule: BlockingRule, pairs: Int)] = []
    /// Participants with at least one candidate.
    private(set) var participantCount = 0
    /// Student keys of each rule skipped as too common, in rule order.
    private(set) var skippedKeys: [Int] = []
    /// True when the cap stopped the search: some participants were not compared at all.
    private(set) var capped = false

    /// Participants are looked up in parallel chunks, taken afterwards in participant order,
    /// so the pairs, the counts and where the cap stops are the same at any thread count.
    /// `indexes` are the students under each rule, in rule order.
    init(participants: [StandardizedPerson], indexes: [BlockingIndex], cap: Int) {
        let rules = indexes.map(\.rule)
        skippedKeys = indexes.map(\.skippedKeys)
        let chunk = 2048
        let chunks = Parallel.map((participants.count + chunk - 1) / chunk) { c -> [(found: [Int], students: [Int32])] in
            (c * chunk..<min(participants.count, (c + 1) * chunk)).map { p in
                var candidates: [Int32] = []
                var found = [Int](repeating: 0, count: rules.count)
                for (r, rule) in rules.enumerated() {
                    for key in rule.keys(participants[p], participant: true) {
                        guard let students = indexes[r].students[key] else { continue }
                        found[r] += students.count
                        candidates += students
                    }
                }
                return (found, Self.sortedDistinct(candidates))
            }
        }
        var counts = [Int](repeating: 0, count: rules.count)
        var p = 0
        search: for chunk in chunks {
            for candidates in chunk {
                defer { p += 1 }
                for r in counts.indices { counts[r] += candidates.found[r] }
                guard pairs.count + candidates.students.count <= cap else {
                    capped = true
                    break search
                }
                pairs += candidates.students.map { (Int32(p), $0) }
                if !candidates.students.isEmpty { participantCount += 1 }
            }
        }
        perRule = zip(rules, counts).map { ($0, $1) }
    }

    /// Each student once, in ascending order.
    private static func sortedDistinct(_ students: [Int32]) -> [Int32] {
        guard students.count > 1 else { return students }
        var sorted = students.sorted()
        var kept = 1
        for i in 1..<sorted.count where sorted[i] != sorted[kept - 1] {
            sorted[kept] = sorted[i]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
