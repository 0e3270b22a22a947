import Foundation

/// How time and memory grew from one community size to the next, beside how n and n log n
/// grew: the test of "memory linear in students, time at most n log n".
public struct GrowthRatio: Sendable, Equatable {
    public struct StageRatio: Sendable, Equatable {
        public var stage: String
        /// Nil where the earlier run's stage took no measurable time.
        public var ratio: Double?
    }

    public var fromStudents: Int
    public var toStudents: Int
    /// Whole-run wall time, later over earlier.
    public var wall: Double
    /// Each stage's time, later over earlier, in the later run's stage order.
    public var stages: [StageRatio]
    public var peakMemory: Double

    public var n: Double { Double(toStudents) / Double(fromStudents) }

    /// (n₂ log n₂) / (n₁ log n₁), natural logarithms.
    public var nLogN: Double {
        let (a, b) = (Double(fromStudents), Double(toStudents))
        return b * log(b) / (a * log(a))
    }

    /// Between each size and the next larger one measured.
    public static func between(_ sizes: [PipelineBenchmarkSize]) -> [GrowthRatio] {
        let ordered = sizes.sorted { $0.students < $1.students }
        return zip(ordered, ordered.dropFirst()).map { small, large in
            let earlier = Dictionary(small.stages.map { ($0.stage, $0.seconds) }, uniquingKeysWith: +)
            return GrowthRatio(
                fromStudents: small.students, toStudents: large.students, wall: large.seconds / small.seconds,
                stages: large.stages.map { stage in
                    StageRatio(stage: stage.stage, ratio: earlier[stage.stage].flatMap { $0 > 0 ? stage.seconds / $0 : nil })
                },
                peakMemory: Double(large.peakBytes) / Double(small.peakBytes))
        }
    }

}
