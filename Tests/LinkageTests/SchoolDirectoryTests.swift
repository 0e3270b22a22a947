import Linkage
import Testing

@Suite struct SchoolDirectoryTests {
    let directory = SchoolDirectory(schools: [
        (code: "101", name: "Northside Elementary School"), (code: "103", name: "Lincoln Elementary School"),
        (code: "201", name: "Washington Middle School"), (code: "301", name: "Riverton High School"),
    ])

    @Test func codesAndNamesAsPartnersWriteThem() {
        #expect(directory.code(for: " 103 ") == "103")
        #expect(directory.code(for: "lincoln  elementary school") == "103")
        #expect(directory.code(for: "Lincoln Elem.") == "103")
        #expect(directory.code(for: "Washington MS") == "201")
        #expect(directory.code(for: "Riverton H.S.") == "301")
        #expect(directory.code(for: "Northside Elementry") == "101")
    }

    @Test func aSchoolOutsideTheDistrictHasNoCode() {
        #expect(directory.code(for: "Home school") == nil)
        #expect(directory.code(for: "St. Mary's Catholic School") == nil)
        #expect(directory.code(for: "   ") == nil)
    }

    @Test func twoNamesEquallyCloseAreNotGuessed() {
        let twins = SchoolDirectory(schools: [(code: "1", name: "Oak Hill Elementary"), (code: "2", name: "Oak Hills Elementary")])
        #expect(twins.code(for: "Oak Hil Elementary") == nil)
        #expect(twins.code(for: "Oak Hills Elementary") == "2")
    }
}
