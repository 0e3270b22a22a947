@testable import Linkage
import Testing

@Suite struct JaroWinklerTests {
    private func jw(_ a: String, _ b: String) -> Double { JaroWinkler.similarity(Array(a.utf8), Array(b.utf8)) }

    private func jaro(_ a: String, _ b: String) -> Double {
        Array(a.utf8).withUnsafeBufferPointer { x in Array(b.utf8).withUnsafeBufferPointer { y in JaroWinkler.jaro(x, y) } }
    }

    /// Winkler's published comparisons (Jaro, then Jaro–Winkler), to three decimals.
    @Test(arguments: [
        ("MARTHA", "MARHTA", 0.944, 0.961),
        ("DWAYNE", "DUANE", 0.822, 0.840),
        ("DIXON", "DICKSONX", 0.767, 0.813),
        ("JONES", "JOHNSON", 0.790, 0.832),
        ("SHACKLEFORD", "SHACKELFORD", 0.970, 0.982),
        ("MASSEY", "MASSIE", 0.889, 0.933),
        ("ABROMS", "ABRAMS", 0.889, 0.922),
        ("HARDIN", "MARTINEZ", 0.722, 0.722),
        ("ITMAN", "SMITH", 0.467, 0.467),
    ])
    func matchesPublishedValues(a: String, b: String, expectedJaro: Double, expected: Double) {
        #expect(abs(jaro(a, b) - expectedJaro) < 0.0005)
        #expect(abs(jw(a, b) - expected) < 0.0005)
        #expect(jw(a, b) == jw(b, a))
    }

    @Test func identicalNamesScoreOneAndDisjointNamesZero() {
        #expect(jw("GARCIA", "GARCIA") == 1)
        #expect(jw("ABC", "XYZ") == 0)
        #expect(jw("", "") == 1)
        #expect(jw("", "ANN") == 0)
    }

    @Test func matchesOnlyWithinTheWindow() {
        // Window max(2, 2) / 2 - 1 = 0: the swapped letters are too far apart to match.
        #expect(jw("AB", "BA") == 0)
    }

    @Test func boostsACommonPrefixOnlyAboveSevenTenths() {
        // Jaro 0.5 with a two-letter common prefix: no boost.
        #expect(jw("ABCDEFGH", "ABXYZQRS") == 0.5)
        // Jaro 0.8333 with a four-letter prefix (at most four count): 0.8333 + 0.4 × 0.1667.
        #expect(abs(jw("PENA", "PENARUIZ") - 0.9) < 1e-9)
    }

    @Test func handlesNamesLongerThanAMachineWord() {
        let long = String(repeating: "ABCDEFGHIJ", count: 30)
        #expect(jw(long, long) == 1)
        #expect(jw(long, long + "K") > 0.99)
        // 65 letters: the buffer path, with the prefix boost of a short pair.
        let a = "MARTHA" + String(repeating: "Z", count: 59), b = "MARHTA" + String(repeating: "Z", count: 59)
        #expect(jw(a, b) > jaro(a, b) && jw(a, b) < 1)
    }

    @Test func wordAndBufferFlagsAgree() {
        let names = ["MARTHA", "MARHTA", "DWAYNE", "DUANE", "DIXON", "DICKSONX", "JONES", "JOHNSON", "AB", "BA", "A", "PENARUIZ", "RUIZ"]
        for a in names {
            for b in names {
                Array(a.utf8).withUnsafeBufferPointer { x in
                    Array(b.utf8).withUnsafeBufferPointer { y in
                        #expect(JaroWinkler.jaroInWords(x, y) == JaroWinkler.jaroInBuffer(x, y), "\(a) \(b)")
                    }
                }
            }
        }
    }

    @Test func bandsNeedStrictlyDecreasingThresholdsInTheUnitInterval() throws {
        #expect(JaroWinklerBands([0.9, 0.9]) == nil)
        #expect(JaroWinklerBands([0.8, 0.9]) == nil)
        #expect(JaroWinklerBands([1.1]) == nil)
        #expect(JaroWinklerBands([0.9, 0]) == nil)
        let bands = try #require(JaroWinklerBands([0.95, 0.7]))
        #expect(bands.band(0.96) == 0)
        #expect(bands.band(0.95) == 0)
        #expect(bands.band(0.8) == 1)
        #expect(bands.band(0.69) == nil)
        #expect(JaroWinklerBands.standard.labels == ["Jaro-Winkler >= 0.92", "Jaro-Winkler >= 0.88", "Jaro-Winkler >= 0.8"])
    }
}
