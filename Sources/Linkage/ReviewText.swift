import BackboneCore

/// A standardized field as a reviewer reads it beside the other record.
enum ReviewText {
    static func value(_ field: String, _ person: StandardizedPerson) -> String {
        switch field {
        case "first_name": return person.givenNames.map(\.name.spaced).joined(separator: " / ")
        case "last_name": return person.surname?.spaced ?? ""
        case "birth_date": return person.birthDate.map(CalendarDate.iso) ?? ""
        case "sex": return person.sex.map { $0 == .female ? "F" : "M" } ?? ""
        case "street": return person.street.map { String(decoding: $0, as: UTF8.self) } ?? ""
        case "zip": return person.zip.map { String($0) } ?? ""
        case "school_id": return person.school ?? ""
        case "state_id": return person.stateId ?? ""
        default: return ""
        }
    }
}
