/// The stage cache's form of a crosswalk: per source, its links as parallel arrays, in id order.
extension Crosswalk {
    public func encode(to writer: inout BinaryWriter) {
        let sources = links.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        writer.write(sources.count)
        for source in sources {
            let entries = links[source]!.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            writer.write(source)
            writer.write(strings: entries.map(\.key))
            writer.write(strings: entries.map(\.value.studentId))
            writer.write(strings: entries.map(\.value.pass))
            writer.write(array: entries.map { $0.value.probability ?? 0 })
            writer.write(array: entries.map { $0.value.probability != nil })
        }
    }

    public init(from reader: inout BinaryReader) throws {
        self.init()
        for _ in 0..<(try reader.readCount()) {
            let source = try reader.readString()
            let people = try reader.readStrings()
            let students = try reader.readStrings()
            let passes = try reader.readStrings()
            let probabilities = try reader.readArray(of: Double.self)
            let known = try reader.readBools()
            guard Set([people.count, students.count, passes.count, probabilities.count, known.count]).count == 1 else {
                throw BinaryReader.Damaged(description: "crosswalk columns of unequal length for source '\(source)'")
            }
            for i in people.indices {
                add(source: source, personId: people[i],
                    link: Link(studentId: students[i], pass: passes[i], probability: known[i] ? probabilities[i] : nil))
            }
        }
    }
}
