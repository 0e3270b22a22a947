import Linkage
import Testing

@Suite struct NameStandardizerTests {
    private func text(_ words: [[UInt8]]) -> [String] { words.map { String(decoding: $0, as: UTF8.self) } }

    @Test func upperCasesAndFoldsDiacritics() {
        #expect(NameStandardizer.standardize("José Núñez") == "JOSENUNEZ")
        #expect(NameStandardizer.standardize("zoë") == "ZOE")
    }

    @Test func transliteratesLettersWithoutADecomposition() {
        #expect(NameStandardizer.standardize("Łukasz") == "LUKASZ")
        #expect(NameStandardizer.standardize("Øster") == "OSTER")
        #expect(NameStandardizer.standardize("Straße") == "STRASSE")
        #expect(NameStandardizer.standardize("Þór") == "THOR")
        #expect(NameStandardizer.standardize("Nguyễn") == "NGUYEN")
    }

    @Test func removesPunctuationAndSpaces() {
        #expect(NameStandardizer.standardize("  O'Brien-Smith, Jr. ") == "OBRIENSMITHJR")
        #expect(NameStandardizer.standardize("K.C.") == "KC")
        #expect(NameStandardizer.standardize("Mary  Ann") == "MARYANN")
        #expect(NameStandardizer.standardize("123 -") == "")
    }

    @Test func apostrophesJoinWordsAndOtherPunctuationSeparatesThem() {
        #expect(text(NameStandardizer.words("D'Angelo")) == ["DANGELO"])
        #expect(text(NameStandardizer.words("O’Brien")) == ["OBRIEN"])
        #expect(text(NameStandardizer.words("Peña-Ruiz y/Soto")) == ["PENA", "RUIZ", "Y", "SOTO"])
    }

    @Test func splitsLastCommaFirstMiddle() {
        #expect(NameStandardizer.parse(fullName: "Peña Ruiz, José Luis") == FullName(first: "José", middle: "Luis", last: "Peña Ruiz"))
        #expect(NameStandardizer.parse(fullName: "Lee,Ana") == FullName(first: "Ana", middle: nil, last: "Lee"))
        #expect(NameStandardizer.parse(fullName: "Smith, John Jr.") == FullName(first: "John", middle: nil, last: "Smith"))
        #expect(NameStandardizer.parse(fullName: ", Ana") == nil)
        #expect(NameStandardizer.parse(fullName: "Lee, ") == nil)
    }

    @Test func splitsFirstMiddleLastWithParticlesAndSuffixes() {
        #expect(NameStandardizer.parse(fullName: "Mary Ann Smith") == FullName(first: "Mary", middle: "Ann", last: "Smith"))
        #expect(NameStandardizer.parse(fullName: "Juan de la Cruz") == FullName(first: "Juan", middle: nil, last: "de la Cruz"))
        #expect(NameStandardizer.parse(fullName: "Ludwig van Beethoven III") == FullName(first: "Ludwig", middle: nil, last: "van Beethoven"))
        #expect(NameStandardizer.parse(fullName: "Cher") == nil)
        #expect(NameStandardizer.split(fullName: "Peña, José Luis")! == ("José", "Peña"))
    }

    @Test func keepsTheSpacedFormOfMultiWordNames() throws {
        let name = try #require(StandardizedName.given("Mary-Ann  Zoë"))
        #expect(name.text == "MARYANNZOE")
        #expect(name.spaced == "MARY ANN ZOE")
        #expect(StandardizedName.given(" - ") == nil)
    }

    @Test func keepsThePartsOfHyphenatedAndCompoundSurnames() throws {
        let hyphenated = try #require(StandardizedName.surname("Peña-Ruiz"))
        #expect(hyphenated.text == "PENARUIZ")
        #expect(text(hyphenated.parts) == ["PENA", "RUIZ"])
        #expect(text(try #require(StandardizedName.surname("García Márquez")).parts) == ["GARCIA", "MARQUEZ"])
    }

    @Test func surnamePartsLeaveOutParticlesAndInitials() throws {
        let cruz = try #require(StandardizedName.surname("de la Cruz"))
        #expect(cruz.text == "DELACRUZ")
        #expect(text(cruz.parts) == ["CRUZ"])
        #expect(text(try #require(StandardizedName.surname("Al-Sayed")).parts) == ["SAYED"])
        #expect(text(try #require(StandardizedName.surname("Smith Y.")).parts) == ["SMITH"])
        #expect(text(try #require(StandardizedName.surname("De La")).parts) == ["DE", "LA"])
    }

    @Test func surnamesDropGenerationalSuffixes() throws {
        #expect(try #require(StandardizedName.surname("Smith Jr.")).text == "SMITH")
        #expect(try #require(StandardizedName.surname("King III")).spaced == "KING")
        #expect(try #require(StandardizedName.surname("Junior")).text == "JUNIOR")
        #expect(try #require(StandardizedName.given("Jr")).text == "JR")
    }
}
