import BackboneCore

/// One Riverton school year: first and last day, and 180 instructional days spread over the
/// weekdays between them (holidays and breaks take out the rest, evenly).
struct SchoolCalendar: Sendable {
    /// The ending calendar year (2024 is 2023–24).
    let year: Int
    let firstDay: Int32
    let lastDay: Int32
    static let instructionalDays = 180
    private let weekdays: Int

    init(year: Int) {
        self.year = year
        firstDay = SchoolCalendar.weekdayOnOrAfter(CalendarDate.dayNumber(year: year - 1, month: 8, day: 20)!, weekday: 0)
        lastDay = SchoolCalendar.weekdayOnOrAfter(CalendarDate.dayNumber(year: year, month: 6, day: 4)!, weekday: 4)
        weekdays = SchoolCalendar.weekdays(from: firstDay, through: lastDay)
    }

    /// 0 Monday … 6 Sunday (day 0, 1970-01-01, was a Thursday).
    static func weekday(_ day: Int32) -> Int {
        Int((day + 3) % 7 + 7) % 7
    }

    static func weekdayOnOrAfter(_ day: Int32, weekday target: Int) -> Int32 {
        day + Int32((target - weekday(day) + 7) % 7)
    }

    /// Monday to Friday days in the closed range.
    static func weekdays(from start: Int32, through end: Int32) -> Int {
        guard end >= start else { return 0 }
        let total = Int(end - start) + 1
        var count = total / 7 * 5
        var day = start + Int32(total / 7 * 7)
        while day <= end {
            if weekday(day) < 5 { count += 1 }
            day += 1
        }
        return count
    }

    /// Instructional days a student enrolled from `entry` through `exit` could attend.
    func instructionalDays(from entry: Int32, through exit: Int32) -> Int {
        let days = SchoolCalendar.weekdays(from: max(entry, firstDay), through: min(exit, lastDay))
        return (days * SchoolCalendar.instructionalDays + weekdays / 2) / weekdays
    }

    /// A random school weekday in the closed range.
    func schoolDay(from start: Int32, through end: Int32, _ random: inout SplitMix64) -> Int32 {
        let day = start + Int32(random.below(Int(end - start) + 1))
        let shift = SchoolCalendar.weekday(day)
        if shift < 5 { return day }
        let friday = day - Int32(shift - 4)
        return friday >= start ? friday : day + Int32(7 - shift)
    }

    /// A date within this school year: July to December fall in its first calendar year.
    func date(month: Int, day: Int) -> Int32 {
        CalendarDate.dayNumber(year: month >= 7 ? year - 1 : year, month: month, day: day)!
    }
}
