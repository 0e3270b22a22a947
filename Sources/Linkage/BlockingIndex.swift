/// The students under one blocking rule, grouped by key: built once per run and shared by
/// every source's candidate search and every training session that uses the rule.
///
/// A key more than `maxBlockSize` students share is left out and counted (see `CandidatePairs`).
struct BlockingIndex: Sendable {
    let rule: BlockingRule
    /// Key → students holding it, in student order; only keys of at most `maxBlockSize` students.
    let students: [BlockingKey: [Int32]]
    /// Keys left out as too common.
    let skippedKeys: Int

    init(rule: BlockingRule, students: [StandardizedPerson], maxBlockSize: Int) {
        var keys: [BlockingKey: [Int32]] = [:]
        for (i, student) in students.enumerated() {
            for key in rule.keys(student, participant: false) { keys[key, default: []].append(Int32(i)) }
        }
        self.rule = rule
        skippedKeys = keys.values.count { $0.count > maxBlockSize }
        self.students = keys.filter { $0.value.count <= maxBlockSize }
    }
}
