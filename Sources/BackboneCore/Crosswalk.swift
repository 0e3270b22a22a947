/// Which district student each linked participant is: the link stage's output, read by measure.
///
/// Keys are a person source id and that source's own person id; the value is the district
/// student's id in the reference source and the pass that made the link.
public struct Crosswalk: Sendable {
    public struct Link: Sendable, Hashable {
        public var studentId: String
        public var pass: String
        /// The pair's match probability, for links the probabilistic pass made; nil for the
        /// exact passes and a reviewer's, which have none.
        public var probability: Double?

        public init(studentId: String, pass: String, probability: Double? = nil) {
            self.studentId = studentId
            self.pass = pass
            self.probability = probability
        }
    }

    public private(set) var links: [String: [String: Link]] = [:]

    public init() {}

    public mutating func add(source: String, personId: String, link: Link) {
        links[source, default: [:]][personId] = link
    }

    public func student(source: String, personId: String) -> String? {
        links[source]?[personId]?.studentId
    }
}
