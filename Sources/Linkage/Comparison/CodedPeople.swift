/// People as the comparators read them in the hot loop: plain numbers in contiguous arrays,
/// with every name, street and identifier replaced by the id of its distinct value.
///
/// Linkage compares tens of millions of pairs. Read from `StandardizedPerson` (a class
/// holding arrays), every comparison retained and released names and compared bytes; here
/// an exact agreement is an integer test, the bytes are read in place only for
/// Jaro–Winkler, and nothing is reference-counted. Students and one source's participants
/// go into one `CodedPeople`, so equal values on either side have the same id.
struct CodedPeople: Sendable {
    /// One person's fields; `-1` marks a missing id.
    struct Person: Sendable {
        /// Into `givenNames`.
        var givenStart: Int32 = 0, givenEnd: Int32 = 0
        /// Text id of the compact surname.
        var surname: Int32 = -1
        /// Into `surnameParts`.
        var partsStart: Int32 = 0, partsEnd: Int32 = 0
        var birthDate: Int32 = 0, hasBirthDate = false
        /// `Sex.rawValue`, or -1.
        var sex: Int16 = -1
        /// Text id of the compact street.
        var street: Int32 = -1
        var zip: Int32 = 0, hasZip = false
        /// Ids of the school and state ID strings (equal ids: equal as `String`s).
        var school: Int32 = -1, stateId: Int32 = -1
        /// Text id of the state ID's UTF-8 bytes, for the one-slip test.
        var stateIdText: Int32 = -1

        var givenCount: Int { Int(givenEnd - givenStart) }
    }

    /// One given name: its text id and its place in the nickname list.
    struct GivenName: Sendable {
        var text: Int32
        var nicknameId: Int32
        /// Into `equivalents`: the sorted nickname ids equivalent to this name.
        var equivalentsStart: Int32, equivalentsEnd: Int32
    }

    private(set) var people: [Person] = []
    private(set) var givenNames: [GivenName] = []
    private(set) var surnameParts: [Int32] = []
    private(set) var equivalents: [Int32] = []
    /// The distinct byte strings, `textBytes[textStarts[id]..<textStarts[id + 1]]`.
    private(set) var textBytes: [UInt8] = []
    private(set) var textStarts: [Int32] = [0]
    private var textIds: [[UInt8]: Int32] = [:]
    private var schoolIds: [String: Int32] = [:]
    private var stateIdIds: [String: Int32] = [:]
    private var equivalentsIds: [[Int32]: Int32] = [:]

    init() {}

    init(_ people: [StandardizedPerson]) {
        self.people.reserveCapacity(people.count)
        for person in people { append(person) }
    }

    var count: Int { people.count }

    mutating func append(_ person: StandardizedPerson) {
        var coded = Person()
        coded.givenStart = Int32(givenNames.count)
        for name in person.givenNames {
            let start = equivalentsStart(name.equivalents)
            givenNames.append(GivenName(
                text: text(name.name.compact), nicknameId: name.nicknameId, equivalentsStart: start,
                equivalentsEnd: start + Int32(name.equivalents.count)))
        }
        coded.givenEnd = Int32(givenNames.count)
        coded.partsStart = Int32(surnameParts.count)
        if let surname = person.surname {
            coded.surname = text(surname.compact)
            for part in surname.parts { surnameParts.append(text(part)) }
        }
        coded.partsEnd = Int32(surnameParts.count)
        if let birthDate = person.birthDate { (coded.birthDate, coded.hasBirthDate) = (birthDate, true) }
        if let sex = person.sex { coded.sex = Int16(sex.rawValue) }
        if let street = person.street { coded.street = text(street) }
        if let zip = person.zip { (coded.zip, coded.hasZip) = (zip, true) }
        if let school = person.school { coded.school = Self.id(school, in: &schoolIds) }
        if let stateId = person.stateId {
            coded.stateId = Self.id(stateId, in: &stateIdIds)
            coded.stateIdText = text(Array(stateId.utf8))
        }
        people.append(coded)
    }

    private mutating func text(_ bytes: [UInt8]) -> Int32 {
        if let id = textIds[bytes] { return id }
        let id = Int32(textIds.count)
        textIds[bytes] = id
        textBytes += bytes
        textStarts.append(Int32(textBytes.count))
        return id
    }

    /// Strings are told apart as `String`s (canonical equivalence), as the comparators always did.
    private static func id(_ value: String, in ids: inout [String: Int32]) -> Int32 {
        if let id = ids[value] { return id }
        let id = Int32(ids.count)
        ids[value] = id
        return id
    }

    private mutating func equivalentsStart(_ ids: [Int32]) -> Int32 {
        if let start = equivalentsIds[ids] { return start }
        let start = Int32(equivalents.count)
        equivalentsIds[ids] = start
        equivalents += ids
        return start
    }

    /// Runs `body` with the arrays pinned, for reading in a hot loop.
    func withBuffers<T>(_ body: (Buffers) throws -> T) rethrows -> T {
        try people.withUnsafeBufferPointer { people in
            try givenNames.withUnsafeBufferPointer { givenNames in
                try surnameParts.withUnsafeBufferPointer { surnameParts in
                    try equivalents.withUnsafeBufferPointer { equivalents in
                        try textBytes.withUnsafeBufferPointer { textBytes in
                            try textStarts.withUnsafeBufferPointer { textStarts in
                                try body(Buffers(
                                    people: people, givenNames: givenNames, surnameParts: surnameParts, equivalents: equivalents,
                                    textBytes: textBytes, textStarts: textStarts))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The arrays of a `CodedPeople`, valid only inside `withBuffers`.
    struct Buffers {
        let people: UnsafeBufferPointer<Person>
        let givenNames: UnsafeBufferPointer<GivenName>
        let surnameParts: UnsafeBufferPointer<Int32>
        let equivalents: UnsafeBufferPointer<Int32>
        let textBytes: UnsafeBufferPointer<UInt8>
        let textStarts: UnsafeBufferPointer<Int32>

        /// The bytes of text `id`.
        @inline(__always)
        func text(_ id: Int32) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: textBytes[Int(textStarts[Int(id)])..<Int(textStarts[Int(id) + 1])])
        }

        /// Whether the nickname list relates the two names (the same list must have made both).
        @inline(__always)
        func isNicknameEquivalent(_ x: GivenName, _ y: GivenName) -> Bool {
            guard x.nicknameId >= 0, y.nicknameId >= 0 else { return false }
            var low = Int(x.equivalentsStart), high = Int(x.equivalentsEnd)
            let end = high
            while low < high {
                let mid = (low + high) / 2
                if equivalents[mid] < y.nicknameId { low = mid + 1 } else { high = mid }
            }
            return low < end && equivalents[low] == y.nicknameId
        }

        /// Whether two people have the given name and surname the wrong way round: one's given
        /// name is the other's surname and its surname one of the other's given names (compared
        /// run together, so "LEO N" is "LEON"), as when a form's two boxes were filled the wrong way.
        @inline(__always)
        func isSwapped(_ a: Person, _ b: Person) -> Bool {
            guard a.surname >= 0, b.surname >= 0 else { return false }
            return hasGivenName(b, a.surname) && hasGivenName(a, b.surname)
        }

        @inline(__always)
        private func hasGivenName(_ person: Person, _ text: Int32) -> Bool {
            for i in Int(person.givenStart)..<Int(person.givenEnd) where givenNames[i].text == text { return true }
            return false
        }
    }

    /// The level a comparator gives two people, through their codes: for tests and single
    /// comparisons outside the hot loop.
    static func level(_ a: StandardizedPerson, _ b: StandardizedPerson, _ compare: (Person, Person, Buffers) -> Int8) -> Int8 {
        let coded = CodedPeople([a, b])
        return coded.withBuffers { compare($0.people[0], $0.people[1], $0) }
    }
}
