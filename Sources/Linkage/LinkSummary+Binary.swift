import BackboneCore

/// The stage cache's form of a link summary: every count and the fitted model, exactly.
extension LinkSummary {
    public func encode(to writer: inout BinaryWriter) {
        writer.write(source)
        writer.write(participants)
        writer.write(array: LinkPass.allCases.map { linkedByPass[$0] ?? -1 })
        writer.write(forReview)
        writer.write(candidatePairs)
        writer.write(strings: pairsPerRule.map(\.rule.rawValue))
        writer.write(array: pairsPerRule.map(\.pairs))
        writer.write(array: skippedKeysPerRule)
        writer.write(capped)
        writer.write(emIterations)
        writer.write(emConverged)
        writer.write(model != nil)
        if let model {
            writer.write(array: model.levelCounts)
            writer.write(array: model.m.flatMap { $0 })
            writer.write(array: model.u.flatMap { $0 })
            writer.write(model.lambda)
        }
        writer.write(strings: levelLabels.map(\.field))
        for labels in levelLabels { writer.write(strings: labels.labels) }
        writer.write(array: pairsPerLevel.map(\.count))
        writer.write(array: pairsPerLevel.flatMap { $0 })
        writer.write(array: bestWeights.counts)
    }

    public init(from reader: inout BinaryReader) throws {
        func damaged(_ what: String) -> BinaryReader.Damaged { BinaryReader.Damaged(description: what) }
        self.init(source: try reader.readString())
        participants = try reader.readCount()
        let linked = try reader.readArray(of: Int.self)
        guard linked.count == LinkPass.allCases.count else { throw damaged("a link count per pass") }
        for (pass, count) in zip(LinkPass.allCases, linked) where count >= 0 { linkedByPass[pass] = count }
        forReview = try reader.readCount()
        candidatePairs = try reader.readCount()
        let rules = try reader.readStrings().map { name in
            guard let rule = BlockingRule(rawValue: name) else { throw damaged("an unknown blocking rule") }
            return rule
        }
        let pairs = try reader.readArray(of: Int.self)
        guard rules.count == pairs.count else { throw damaged("a pair count per blocking rule") }
        pairsPerRule = Array(zip(rules, pairs)).map { (rule: $0, pairs: $1) }
        skippedKeysPerRule = try reader.readArray(of: Int.self)
        capped = try reader.readBool()
        emIterations = try reader.readInt()
        emConverged = try reader.readBool()
        if try reader.readBool() {
            let levels = try reader.readArray(of: Int.self)
            let m = try reader.readArray(of: Double.self)
            let u = try reader.readArray(of: Double.self)
            let lambda = try reader.readDouble()
            guard !levels.isEmpty, levels.allSatisfy({ $0 > 0 }), m.count == levels.reduce(0, +), u.count == m.count else {
                throw damaged("a model whose probabilities do not fit its levels")
            }
            model = FellegiSunterModel(m: Self.split(m, levels), u: Self.split(u, levels), lambda: lambda)
        }
        let fields = try reader.readStrings()
        levelLabels = try fields.map { (field: $0, labels: try reader.readStrings()) }
        let perField = try reader.readArray(of: Int.self)
        let levelPairs = try reader.readArray(of: Int.self)
        guard perField.allSatisfy({ $0 >= 0 }), levelPairs.count == perField.reduce(0, +) else {
            throw damaged("pair counts that do not fit their levels")
        }
        pairsPerLevel = Self.split(levelPairs, perField)
        guard let histogram = WeightHistogram(counts: try reader.readArray(of: Int.self)) else {
            throw damaged("a weight histogram of the wrong size")
        }
        bestWeights = histogram
    }

    private static func split<T>(_ values: [T], _ counts: [Int]) -> [[T]] {
        var start = 0
        return counts.map { count in
            defer { start += count }
            return Array(values[start..<start + count])
        }
    }
}
