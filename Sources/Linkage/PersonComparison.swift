/// The probabilistic pass's comparison of two people, field by field, in a fixed order.
///
/// The hot loop calls each comparator through its concrete type, so the two people are
/// read where they lie in their arrays instead of being copied into an existential call
/// (which retained and released every name of both people for every field).
struct PersonComparison: Sendable {
    let given = GivenNameComparator()
    let surname = SurnameComparator()
    let birthDate = BirthDateComparator()
    let sex = SexComparator()
    let street = StreetComparator()
    let zip = ZipComparator()
    let school = SchoolComparator()
    let stateId = StateIdComparator()

    /// Every field's comparator, in the order of `levels(_:_:into:)`.
    var fields: [any FieldComparator] { [given, surname, birthDate, sex, street, zip, school, stateId] }

    /// Appends one level per field, in `fields` order.
    @inline(__always)
    func levels(_ a: borrowing StandardizedPerson, _ b: borrowing StandardizedPerson, into levels: inout [Int8]) {
        levels.append(given.level(a, b))
        levels.append(surname.level(a, b))
        levels.append(birthDate.level(a, b))
        levels.append(sex.level(a, b))
        levels.append(street.level(a, b))
        levels.append(zip.level(a, b))
        levels.append(school.level(a, b))
        levels.append(stateId.level(a, b))
    }
}
