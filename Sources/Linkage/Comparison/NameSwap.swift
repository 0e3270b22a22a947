/// Whether two records have the given name and surname the wrong way round: one record's
/// given name is the other's surname and its surname one of the other's given names
/// (compared run together, so "LEO N" is "LEON").
enum NameSwap {
    static func isSwapped(_ a: StandardizedPerson, _ b: StandardizedPerson) -> Bool {
        guard let x = a.surname, let y = b.surname else { return false }
        return b.givenNames.contains { $0.name.compact == x.compact } && a.givenNames.contains { $0.name.compact == y.compact }
    }
}
