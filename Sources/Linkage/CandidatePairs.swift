/// The pairs a set of blocking rules proposes between participants and students, with how
/// many each rule found, bounded by a cap that warns instead of exploding.
///
/// A key more than `maxBlockSize` students share (a common surname in a ZIP of a large
/// city) is skipped: it would compare one participant with thousands of students and
/// find no match the other rules miss. Skipped keys are counted per rule.
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

    init(
        participants: [StandardizedPerson], students: [StandardizedPerson], rules: [BlockingRule], cap: Int,
        maxBlockSize: Int = .max
    ) {
        var index: [BlockingRule: [BlockingKey: [Int32]]] = [:]
        for rule in rules {
            var keys: [BlockingKey: [Int32]] = [:]
            for (i, student) in students.enumerated() {
                for key in rule.keys(student, participant: false) { keys[key, default: []].append(Int32(i)) }
            }
            skippedKeys.append(keys.values.count { $0.count > maxBlockSize })
            index[rule] = keys.filter { $0.value.count <= maxBlockSize }
        }
        var counts = [Int](repeating: 0, count: rules.count)
        for (p, participant) in participants.enumerated() {
            var candidates = Set<Int32>()
            for (r, rule) in rules.enumerated() {
                for key in rule.keys(participant, participant: true) {
                    let found = index[rule]![key] ?? []
                    counts[r] += found.count
                    candidates.formUnion(found)
                }
            }
            guard pairs.count + candidates.count <= cap else {
                capped = true
                break
            }
            pairs += candidates.sorted().map { (Int32(p), $0) }
            if !candidates.isEmpty { participantCount += 1 }
        }
        perRule = zip(rules, counts).map { ($0, $1) }
    }
}
