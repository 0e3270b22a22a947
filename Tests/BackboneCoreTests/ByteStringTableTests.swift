import BackboneCore
import Testing

@Suite struct ByteStringTableTests {
    func id(_ table: ByteStringTable, _ text: String) -> Int? {
        var text = text
        return text.withUTF8 { table.id(of: $0) }
    }

    func add(_ table: inout ByteStringTable, _ text: String) -> (id: Int, isNew: Bool) {
        var text = text
        return text.withUTF8 { table.id(adding: $0) }
    }

    @Test func numbersDistinctStringsInTheOrderAdded() {
        var table = ByteStringTable()
        // Prefixes of one another, lengths around the 8-byte step, an empty string, non-ASCII.
        let texts = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "Peña", "Pena", "b"]
        for (index, text) in texts.enumerated() {
            #expect(id(table, text) == nil)
            #expect(add(&table, text) == (index, true))
        }
        for (index, text) in texts.enumerated() {
            #expect(id(table, text) == index)
            #expect(add(&table, text) == (index, false))
        }
        #expect(table.count == texts.count)
        #expect(id(table, "abcdefgj") == nil)
    }

    @Test func manyEntriesSurviveGrowthAndTwoTablesAgree() {
        var first = ByteStringTable()
        var second = ByteStringTable()
        var random = SplitMix64(seed: 3)
        var texts: [String] = []
        var seen = Set<String>()
        while texts.count < 50_000 {
            let text = String(random.next() % 200_000, radix: 36) + String(repeating: "x", count: Int(random.next() % 20))
            if seen.insert(text).inserted { texts.append(text) }
        }
        for text in texts {
            _ = add(&first, text)
        }
        // Each table draws its own seed; ids depend only on the order of first addition.
        var shuffled = texts
        for i in shuffled.indices.reversed() where i > 0 { shuffled.swapAt(i, Int(random.next() % UInt64(i + 1))) }
        for text in shuffled + texts {
            _ = add(&second, text)
        }
        for (index, text) in texts.enumerated() {
            #expect(id(first, text) == index)
        }
        for (index, text) in shuffled.enumerated() {
            #expect(id(second, text) == index)
        }
        #expect(first.count == texts.count && second.count == texts.count)
        #expect(id(first, "not there") == nil)
    }
}
