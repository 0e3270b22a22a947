import BackboneCore
import Testing

@Suite struct CalendarDateTests {
    @Test func roundTripsAcrossCenturiesAndLeapDays() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (1900, 3, 1), (2024, 12, 31), (1969, 12, 31)] {
            let n = CalendarDate.dayNumber(year: y, month: m, day: d)!
            #expect(CalendarDate.civil(n) == (y, m, d))
        }
        #expect(CalendarDate.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CalendarDate.dayNumber(year: 2023, month: 2, day: 29) == nil)
    }

    @Test func layoutsParseTheirOwnFormsOnly() {
        let us = DateLayout("MM/DD/YYYY")!
        #expect(us.parse("07/04/2015").map(CalendarDate.iso) == "2015-07-04")
        #expect(us.parse("7/4/2015") == nil)
        #expect(DateLayout("M/D/YYYY")!.parse("7/4/2015").map(CalendarDate.iso) == "2015-07-04")
        #expect(DateLayout("YYYY-MM-DD")!.parse("2021-04-01T16:00:00").map(CalendarDate.iso) == "2021-04-01")
        #expect(DateLayout("YYYYMMDD")!.parse("20230815").map(CalendarDate.iso) == "2023-08-15")
        #expect(DateLayout("YYYY-MM-DD")!.parse("2021-04-01x") == nil)
        #expect(DateLayout("MM/YYYY") == nil)
    }

    @Test func schoolYearsAndGrades() {
        #expect(SchoolYear.parse("2023-24") == 2024)
        #expect(SchoolYear.parse("2023-2024") == 2024)
        #expect(SchoolYear.parse("1999-00") == 2000)
        #expect(SchoolYear.parse("2024") == 2024)
        #expect(SchoolYear.parse("2023-2025") == nil)
        #expect(SchoolYear.label(2024) == "2023–24")
        #expect(GradeLevel.parse("uri://ed-fi.org/GradeLevelDescriptor#Fifth grade") == 5)
        #expect(GradeLevel.parse("KG") == 0)
        #expect(GradeLevel.parse("03") == 3)
        #expect(GradeLevel.parse("PK") == -1)
        #expect(GradeLevel.parse("banana") == nil)
    }
}
