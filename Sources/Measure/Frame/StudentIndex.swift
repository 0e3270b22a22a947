import BackboneCore

/// Dense numbers for the district's students, in the byte order of their ids: the frame's
/// rows are ordered by school year, then by this number.
///
/// Ids are looked up once per distinct id of each input table (its string dictionary), in a
/// hash table over the ids' packed bytes, so no per-row string is hashed.
struct StudentIndex: Sendable {
    /// Ids by number, ascending by their UTF-8 bytes.
    let ids: [String]
    /// The packed form of each id, by number.
    private let keys: [PackedId]
    private let table: PackedIdTable

    /// Every student any enrollment row names.
    init(enrollment: [Table]) {
        var table = PackedIdTable(capacity: enrollment.reduce(0) { $0 + ($1.strings("person_id")?.dictionary.count ?? 0) })
        var distinct: [(key: PackedId, id: String)] = []
        for enrollmentTable in enrollment {
            guard let ids = enrollmentTable.strings("person_id") else { continue }
            for id in ids.dictionary {
                let key = PackedId(id)
                if table.insert(key, id: id, number: Int32(distinct.count), among: { distinct[$0].id }) {
                    distinct.append((key, id))
                }
            }
        }
        var order = Array(distinct.indices)
        order.sort { a, b in
            if distinct[a].key < distinct[b].key { return true }
            if distinct[b].key < distinct[a].key { return false }
            return distinct[a].id.utf8.lexicographicallyPrecedes(distinct[b].id.utf8)
        }
        var rank = [Int32](repeating: 0, count: distinct.count)
        for (number, index) in order.enumerated() { rank[index] = Int32(number) }
        ids = order.map { distinct[$0].id }
        keys = order.map { distinct[$0].key }
        table.renumber { rank[Int($0)] }
        self.table = table
    }

    var count: Int { ids.count }

    func number(of id: String) -> Int32? {
        let number = table.find(PackedId(id), id: id, among: { ids[$0] })
        return number >= 0 ? number : nil
    }

    /// The student number of each entry of a string column's dictionary (-1 for an id that is
    /// no enrolled student), looked up in parallel chunks.
    ///
    /// Exports are often sorted by student, so each entry is first tried as the student after
    /// the previous entry's, which reads memory in order; the hash table is the fallback.
    func numbers(of dictionary: [String]) -> [Int32] {
        let chunk = 4_096
        let parts = Parallel.map((dictionary.count + chunk - 1) / chunk) { part in
            var previous = -2
            return dictionary[part * chunk..<min(dictionary.count, (part + 1) * chunk)].map { id -> Int32 in
                let key = PackedId(id)
                let guess = previous + 1
                if guess >= 0, guess < keys.count, keys[guess] == key, key.isComplete || ids[guess] == id {
                    previous = guess
                    return Int32(guess)
                }
                let number = table.find(key, id: id, among: { ids[$0] })
                previous = number >= 0 ? Int(number) : -2
                return number
            }
        }
        return Array(parts.joined())
    }

    /// Each row's student number (-1 for a missing or unknown id) in a table's `person_id`.
    func rowStudents(_ table: Table) -> [Int32] {
        guard let ids = table.strings("person_id") else { return [Int32](repeating: -1, count: table.rowCount) }
        let byCode = numbers(of: ids.dictionary)
        return ids.codes.map { $0 < 0 ? -1 : byCode[Int($0)] }
    }
}

/// An id's first 16 UTF-8 bytes, most significant first, and its length: comparing packed
/// ids orders them by their bytes (ids longer than 16 bytes tie and are compared in full).
struct PackedId: Hashable, Comparable, Sendable {
    var high: UInt64 = 0
    var low: UInt64 = 0
    var length: Int32 = 0

    init(_ id: String) {
        var index = 0
        for byte in id.utf8 {
            if index < 8 {
                high |= UInt64(byte) << (56 - 8 * index)
            } else if index < 16 {
                low |= UInt64(byte) << (56 - 8 * (index - 8))
            }
            index += 1
        }
        length = Int32(clamping: index)
    }

    var isComplete: Bool { length <= 16 }

    static func < (a: PackedId, b: PackedId) -> Bool {
        if a.high != b.high { return a.high < b.high }
        if a.low != b.low { return a.low < b.low }
        return min(a.length, 17) < min(b.length, 17)
    }

    /// A cheap, fixed (unseeded) multiplicative hash whose high bits pick the slot: table
    /// positions never reach an output.
    var slotHash: UInt64 {
        (high ^ (low &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
    }
}

/// Open addressing from packed ids to numbers, each slot holding key and number together
/// (one cache miss per lookup); ids longer than 16 bytes are confirmed against their text.
struct PackedIdTable: Sendable {
    private struct Slot {
        var key: PackedId
        var number: Int32
    }

    private var slots: [Slot]
    private let shift: UInt64

    init(capacity: Int) {
        var bits: UInt64 = 4
        while 1 << bits < capacity + capacity / 2 { bits += 1 }
        slots = [Slot](repeating: Slot(key: PackedId(""), number: -1), count: 1 << bits)
        shift = 64 - bits
    }

    /// The number stored for the id, or -1; `id(number)` gives a stored id's text.
    func find(_ key: PackedId, id: String, among ids: (Int) -> String) -> Int32 {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key.slotHash >> shift)
        while slots[index].number >= 0 {
            if slots[index].key == key, key.isComplete || ids(Int(slots[index].number)) == id { return slots[index].number }
            index = (index + 1) & mask
        }
        return -1
    }

    /// Stores `number` for the id unless present; true when it was new.
    mutating func insert(_ key: PackedId, id: String, number: Int32, among ids: (Int) -> String) -> Bool {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: key.slotHash >> shift)
        while slots[index].number >= 0 {
            if slots[index].key == key, key.isComplete || ids(Int(slots[index].number)) == id { return false }
            index = (index + 1) & mask
        }
        slots[index] = Slot(key: key, number: number)
        return true
    }

    /// Gives every stored id a new number.
    mutating func renumber(_ newNumber: (Int32) -> Int32) {
        for index in slots.indices where slots[index].number >= 0 { slots[index].number = newNumber(slots[index].number) }
    }
}
