/// Whether a participant's recorded state ID can be trusted for the student who holds it.
///
/// Partners copy IDs by hand, and a one-digit slip names another child. The ID is accepted
/// when the records agree on at least two of given name (exact or nickname), surname (exact
/// or a compound part) and birth date (exact, day and month swapped, or one part off), or on
/// one of them when none of the others is clearly different (missing is not different). Otherwise
/// the participant goes on to the other passes, which weigh the names and birth date.
enum StateIdCorroboration {
    static func accepts(_ participant: StandardizedPerson, _ student: StandardizedPerson) -> Bool {
        let checks: [(level: Int8, agrees: Int8, differs: Int8)] = [
            (GivenNameComparator().level(participant, student), 1, Int8(GivenNameComparator().levels.labels.count - 1)),
            (SurnameComparator().level(participant, student), 1, Int8(SurnameComparator().levels.labels.count - 1)),
            (BirthDateComparator().level(participant, student), 2, 3),
        ]
        let present = checks.filter { $0.level >= 0 }
        let agreeing = present.filter { $0.level <= $0.agrees }.count
        let differing = present.filter { $0.level >= $0.differs }.count
        return agreeing >= 2 || (agreeing == 1 && differing == 0)
    }
}
