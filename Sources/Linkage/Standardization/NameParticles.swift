/// Words inside names that say little about who a person is: surname particles ("de la",
/// "van", "al") and generational suffixes ("Jr", "III").
///
/// A compound surname matches on any of its other words ("Peña-Ruiz" ~ "Ruiz", "de la Cruz"
/// ~ "Cruz"), never on a particle alone, so "De" cannot join two unrelated families.
enum NameParticles {
    static let particles: Set<String> = [
        "AL", "BIN", "BINT", "DA", "DAS", "DE", "DEL", "DELA", "DELLA", "DEN", "DER", "DES", "DI",
        "DO", "DOS", "DU", "E", "EL", "IBN", "LA", "LAS", "LE", "LES", "LO", "LOS", "TEN", "TER",
        "VAN", "VON", "Y",
    ]
    static let suffixes: Set<String> = ["JR", "SR", "II", "III", "IV"]

    static func isParticle(_ word: some StringProtocol) -> Bool {
        particles.contains(NameStandardizer.standardize(String(word)))
    }

    static func isParticle(_ word: [UInt8]) -> Bool {
        particles.contains(String(decoding: word, as: UTF8.self))
    }

    static func isSuffix(_ word: some StringProtocol) -> Bool {
        suffixes.contains(NameStandardizer.standardize(String(word)))
    }

    static func isSuffix(_ word: [UInt8]) -> Bool {
        suffixes.contains(String(decoding: word, as: UTF8.self))
    }
}
