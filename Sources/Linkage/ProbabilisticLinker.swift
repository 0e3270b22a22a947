import BackboneCore

/// The probabilistic pass: blocking proposes candidate pairs, comparators turn each into a
/// vector of levels, u comes from random pairs and m from EM, and each participant's best
/// candidate is linked, sent to review, or left unlinked by its match probability.
struct ProbabilisticLinker {
    /// The roster's students in order of birth date (missing last), then roster order:
    /// students born the same day (one birth-date block) lie side by side, so comparing a
    /// participant with a block reads memory in order instead of missing the cache once per
    /// pair. Which candidate is best never depends on this order (ties go to the lower id).
    let students: [StandardizedPerson]
    /// `rosterPosition[r]`: where the roster's student `r` is in `students`, for drawing random
    /// pairs by roster index as before the reordering (the u estimate stays the same).
    let rosterPosition: [Int32]
    let settings: ProbabilisticLinkSettings
    /// For each student, the share of students with the same first given name and with the
    /// same surname (0 when missing), for term-frequency adjustment.
    let nameFrequencies: [(given: Double, surname: Double)]
    /// The students as the comparators read them, in `students` order; each source's
    /// participants are added to a copy.
    let codedStudents: CodedPeople
    /// The students under each blocking and training rule, built once for every source.
    let indexes: [BlockingRule: BlockingIndex]

    init(students roster: [StandardizedPerson], settings: ProbabilisticLinkSettings) {
        let order = Self.birthOrder(roster)
        let students = order.map { roster[$0] }
        var position = [Int32](repeating: 0, count: order.count)
        for (k, r) in order.enumerated() { position[r] = Int32(k) }
        self.students = students
        rosterPosition = position
        self.settings = settings
        let rules = (settings.blocking + settings.training).reduce(into: [BlockingRule]()) { rules, rule in
            if !rules.contains(rule) { rules.append(rule) }
        }
        let built = Parallel.map(rules.count + 1) { i -> (index: BlockingIndex?, coded: CodedPeople?) in
            i == rules.count
                ? (nil, CodedPeople(students))
                : (BlockingIndex(rule: rules[i], students: students, maxBlockSize: settings.maxBlockSize), nil)
        }
        codedStudents = built[rules.count].coded!
        indexes = Dictionary(uniqueKeysWithValues: zip(rules, built.compactMap(\.index)))
        var given: [[UInt8]: Int] = [:], surname: [[UInt8]: Int] = [:]
        for student in students {
            if let name = student.givenNames.first { given[name.name.compact, default: 0] += 1 }
            if let name = student.surname { surname[name.compact, default: 0] += 1 }
        }
        let total = Double(max(students.count, 1))
        nameFrequencies = students.map { student in
            (student.givenNames.first.map { Double(given[$0.name.compact]!) / total } ?? 0,
             student.surname.map { Double(surname[$0.compact]!) / total } ?? 0)
        }
    }

    /// Student indices by birth date (missing last), then index.
    private static func birthOrder(_ students: [StandardizedPerson]) -> [Int] {
        students.indices.sorted { a, b in
            let (x, y) = (students[a].birthDate ?? .max, students[b].birthDate ?? .max)
            return x != y ? x < y : a < b
        }
    }

    let comparison = PersonComparison()
    var comparators: [any FieldComparator] { comparison.fields }

    struct Outcome {
        var links: [(participant: String, student: String, probability: Double)] = []
        var review: [ReviewPair] = []
    }

    /// Links the participants at `remaining` (those the exact passes left) among `everyone`
    /// of `source`, updating its summary. The model is trained on `everyone` (all of the
    /// organization's participants, linked by an exact pass or not), so EM sees the easy matches too.
    func link(
        _ remaining: [Int], of everyone: [StandardizedPerson], source: String, decisions: ReviewDecisions,
        summary: inout LinkSummary
    ) -> Outcome {
        let participants = remaining.map { everyone[$0] }
        let candidates = CandidatePairs(
            participants: participants, indexes: settings.blocking.map { indexes[$0]! }, cap: settings.maxCandidatePairs)
        summary.candidatePairs = candidates.pairs.count
        summary.pairsPerRule = candidates.perRule
        summary.skippedKeysPerRule = candidates.skippedKeys
        summary.capped = candidates.capped
        guard !candidates.pairs.isEmpty else { return Outcome() }

        var coded = codedStudents
        for person in everyone { coded.append(person) }
        let vectors = compare(candidates.pairs.map { (remaining[Int($0.participant)], Int($0.student)) }, coded)
        let sample = RandomPairSampler(
            leftCount: everyone.count, rightCount: students.count, seed: settings.seed, sampleSize: settings.randomPairs)
        let u = FellegiSunterModel.estimateU(from: compare(sample.map { ($0.left, Int(rosterPosition[$0.right])) }, coded))
        let m = trainM(everyone, coded, u: u, summary: &summary)
        // Scoring uses u from random pairs with the prior of a random pair being a match, as Splink does.
        let model = FellegiSunterModel(m: m, u: u, lambda: settings.expectedMatchShare / Double(max(students.count, 1)))
        summary.model = model
        summary.levelLabels = comparators.map { ($0.levels.field, $0.levels.labels) }
        summary.pairsPerLevel = vectors.levelTotals()
        let termFrequencies = self.termFrequencies(candidates.pairs, vectors)
        let weights = model.weights(vectors, termFrequencies: termFrequencies)

        var outcome = Outcome()
        var pair = 0
        while pair < candidates.pairs.count {
            // Pairs are sorted by participant: take each participant's best candidate, ties to the lower student id.
            let participant = Int(candidates.pairs[pair].participant)
            var best: Int?
            var next = pair
            while next < candidates.pairs.count, Int(candidates.pairs[next].participant) == participant {
                defer { next += 1 }
                let student = students[Int(candidates.pairs[next].student)]
                // A pair a reviewer rejected is never linked, nor proposed again.
                if decisions.hasRejections,
                    decisions.isRejected(source: source, participant: participants[participant].id, student: student.id) {
                    continue
                }
                guard let current = best else {
                    best = next
                    continue
                }
                if weights[next] > weights[current]
                    || (weights[next] == weights[current]
                        && student.id.utf8.lexicographicallyPrecedes(students[Int(candidates.pairs[current].student)].id.utf8)) {
                    best = next
                }
            }
            defer { pair = next }
            guard let best else { continue }
            summary.bestWeights.add(weights[best])
            let probability = FellegiSunterModel.probability(weight: weights[best])
            let student = students[Int(candidates.pairs[best].student)]
            if probability >= settings.linkThreshold {
                outcome.links.append((participants[participant].id, student.id, probability))
            } else if probability >= settings.reviewThreshold {
                outcome.review.append(review(
                    best, of: vectors, model: model, termFrequencies: termFrequencies, source: source, participant: participants[participant], student: student))
            }
        }
        summary.linkedByPass[.fellegiSunter] = outcome.links.count
        summary.forReview = outcome.review.count
        return outcome
    }

    /// m for every field and level: one EM session per training rule over the pairs that rule
    /// proposes among `everyone`, with the fields the rule forces to agree left out of that
    /// session (blocked pairs say nothing about them) and u held at its random-pair estimate;
    /// each field's m is the mean over the sessions that could estimate it (Splink's method).
    /// A field no session could estimate keeps EM's starting values.
    private func trainM(
        _ everyone: [StandardizedPerson], _ coded: CodedPeople, u: [[Double]], summary: inout LinkSummary
    ) -> [[Double]] {
        let levelCounts = comparators.map(\.levels.labels.count)
        let starting = FellegiSunterModel.startingM(levelCounts: levelCounts)
        var sums = levelCounts.map { [Double](repeating: 0, count: $0) }
        var sessions = [Int](repeating: 0, count: comparators.count)
        summary.emIterations = 0
        summary.emConverged = true
        for rule in settings.training {
            let (pairs, order) = trainingPairs(everyone, rule: rule)
            guard !pairs.pairs.isEmpty else { continue }
            let fixed = Set(comparators.indices.filter { rule.fixedFields.contains(comparators[$0].levels.field) })
            var vectors = compare(pairs.pairs.map { (order?[Int($0.participant)] ?? Int($0.participant), Int($0.student)) }, coded)
            vectors.markMissing(fields: fixed)
            // The declared share of the participants this rule reached, spread over its pairs.
            let lambda = FellegiSunterModel.prior(
                recordMatchShare: settings.expectedMatchShare, records: pairs.participantCount, candidatePairs: pairs.pairs.count)
            let fit = EMEstimator.fit(
                vectors, starting: FellegiSunterModel(m: starting, u: u, lambda: lambda), settings: .init(fixLambda: true))
            summary.emIterations += fit.iterations
            summary.emConverged = summary.emConverged && fit.converged
            for field in comparators.indices where !fixed.contains(field) {
                sessions[field] += 1
                for level in sums[field].indices { sums[field][level] += fit.model.m[field][level] }
            }
        }
        return comparators.indices.map { field in
            sessions[field] == 0 ? starting[field] : sums[field].map { $0 / Double(sessions[field]) }
        }
    }

    /// A training session's pairs: every pair the rule proposes, or, past `max_training_pairs`,
    /// those of participants taken in a seeded random order (`order[p]` is where the session's
    /// participant p is in `everyone`) until the cap, so a capped session samples the whole
    /// export rather than its first rows.
    func trainingPairs(_ everyone: [StandardizedPerson], rule: BlockingRule) -> (CandidatePairs, [Int]?) {
        let inOrder = CandidatePairs(participants: everyone, indexes: [indexes[rule]!], cap: settings.maxTrainingPairs)
        guard inOrder.capped else { return (inOrder, nil) }
        var random = SplitMix64(seed: settings.seed, salt: 0x7472_6169_6E69_6E67, keys: [UInt64(everyone.count)])
        var order = Array(everyone.indices)
        for i in order.indices.reversed() where i > 0 { order.swapAt(i, random.below(i + 1)) }
        let sampled = CandidatePairs(participants: order.map { everyone[$0] }, indexes: [indexes[rule]!], cap: settings.maxTrainingPairs)
        return (sampled, order)
    }

    /// For exact agreement on a given name or surname, how common that name is among students:
    /// agreeing on a rare surname says more than agreeing on a common one.
    private func termFrequencies(
        _ pairs: [(participant: Int32, student: Int32)], _ vectors: ComparisonVectors
    ) -> TermFrequencies {
        let fields = [0, 1]
        var result = TermFrequencies(pairCount: pairs.count, fieldCount: comparators.count, adjustedFields: fields)
        for (pair, p) in pairs.enumerated() {
            let frequencies = nameFrequencies[Int(p.student)]
            if vectors[pair, 0] == 0, frequencies.given > 0 { result.set(pair: pair, field: 0, frequency: frequencies.given) }
            if vectors[pair, 1] == 0, frequencies.surname > 0 { result.set(pair: pair, field: 1, frequency: frequencies.surname) }
        }
        return result
    }

    /// Comparison vectors for `(participant, student)` index pairs, in order, built in parallel
    /// chunks; participant `p` is `coded`'s person `students.count + p`.
    private func compare(_ pairs: [(Int, Int)], _ coded: CodedPeople) -> ComparisonVectors {
        let chunk = 1 << 15
        let chunks = (pairs.count + chunk - 1) / chunk
        let comparison = self.comparison
        let fieldCount = PersonComparison.fieldCount
        let firstParticipant = students.count
        let parts = Parallel.map(chunks) { c -> [Int8] in
            let range = (c * chunk)..<min(pairs.count, (c + 1) * chunk)
            return [Int8](unsafeUninitializedCapacity: range.count * fieldCount) { levels, initialized in
                coded.withBuffers { people in
                    var out = levels.baseAddress!
                    for (p, s) in pairs[range] {
                        comparison.levels(people.people[firstParticipant + p], people.people[s], people, into: out)
                        out += fieldCount
                    }
                }
                initialized = range.count * fieldCount
            }
        }
        return ComparisonVectors(levelCounts: comparators.map(\.levels.labels.count), levels: parts.flatMap { $0 })
    }

    private func review(
        _ pair: Int, of vectors: ComparisonVectors, model: FellegiSunterModel, termFrequencies: TermFrequencies, source: String,
        participant: StandardizedPerson, student: StandardizedPerson
    ) -> ReviewPair {
        let explanation = model.explain(pair: pair, in: vectors, termFrequencies: termFrequencies)
        let weight = explanation.weight
        return ReviewPair(
            source: source, participantId: participant.id, studentId: student.id, weight: weight,
            probability: FellegiSunterModel.probability(weight: weight),
            fields: comparators.enumerated().map { i, comparator in
                let level = Int(vectors[pair, i])
                return ReviewPair.Field(
                    field: comparator.levels.field, participant: ReviewText.value(comparator.levels.field, participant),
                    student: ReviewText.value(comparator.levels.field, student),
                    level: level < 0 ? "missing" : comparator.levels.labels[level],
                    contribution: explanation.fields[i].contribution)
            })
    }
}

