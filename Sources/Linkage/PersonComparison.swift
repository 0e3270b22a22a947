/// The probabilistic pass's comparison of two people, field by field, in a fixed order.
///
/// The hot loop calls each comparator through its concrete type on the people's codes
/// (`CodedPeople`), so nothing is copied, retained or hashed per pair.
struct PersonComparison: Sendable {
    let given = GivenNameComparator()
    let surname = SurnameComparator()
    let birthDate = BirthDateComparator()
    let sex = SexComparator()
    let street = StreetComparator()
    let zip = ZipComparator()
    let school = SchoolComparator()
    let stateId = StateIdComparator()

    /// Every field's comparator, in the order of `levels(_:_:_:into:)`.
    var fields: [any FieldComparator] { [given, surname, birthDate, sex, street, zip, school, stateId] }

    /// Writes one level per field, in `fields` order, from `levels` on.
    @inline(__always)
    func levels(
        _ a: CodedPeople.Person, _ b: CodedPeople.Person, _ people: CodedPeople.Buffers, into levels: UnsafeMutablePointer<Int8>
    ) {
        levels[0] = given.level(a, b, people)
        levels[1] = surname.level(a, b, people)
        levels[2] = birthDate.level(a, b, people)
        levels[3] = sex.level(a, b, people)
        levels[4] = street.level(a, b, people)
        levels[5] = zip.level(a, b, people)
        levels[6] = school.level(a, b, people)
        levels[7] = stateId.level(a, b, people)
    }

    /// How many levels `levels(_:_:_:into:)` writes.
    static let fieldCount = 8
}
