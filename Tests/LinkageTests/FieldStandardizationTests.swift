import Linkage
import Testing

@Suite struct FieldStandardizationTests {
    @Test func zipCodesKeepFiveDigits() {
        #expect(ZipCode.standardize("12345") == 12345)
        #expect(ZipCode.standardize(" 12345-6789 ") == 12345)
        #expect(ZipCode.standardize("123456789") == 12345)
        #expect(ZipCode.standardize("02134") == 2134)
    }

    @Test func zipCodesRestoreALeadingZeroASpreadsheetDropped() {
        #expect(ZipCode.standardize("2134") == 2134)
        #expect(ZipCode.standardize("21341234") == 2134)
    }

    @Test func zipCodesRejectOtherShapes() {
        #expect(ZipCode.standardize("123") == nil)
        #expect(ZipCode.standardize("1234567") == nil)
        #expect(ZipCode.standardize("12345.0") == nil)
        #expect(ZipCode.standardize("") == nil)
        #expect(ZipCode.area(2134) == 21)
    }

    @Test func sexReadsCodesAndLettersAndTreatsTheRestAsMissing() {
        #expect(Sex(code: "female") == .female)
        #expect(Sex(code: " M ") == .male)
        #expect(Sex(code: "F") == .female)
        #expect(Sex(code: "not_selected") == nil)
        #expect(Sex(code: "") == nil)
    }

    @Test func schoolTextIsLowerCasedWithSingleSpaces() {
        #expect(SchoolText.standardize("  Lincoln   ELEMENTARY ") == "lincoln elementary")
        #expect(SchoolText.standardize("0412") == "0412")
        #expect(SchoolText.standardize("   ") == nil)
    }

    @Test func soundexMatchesTheNationalArchivesExamples() {
        let cases = [
            ("ROBERT", "R163"), ("RUPERT", "R163"), ("RUBIN", "R150"), ("ASHCRAFT", "A261"),
            ("ASHCROFT", "A261"), ("TYMCZAK", "T522"), ("PFISTER", "P236"), ("HONEYMAN", "H555"),
            ("LEE", "L000"), ("GUTIERREZ", "G362"), ("JACKSON", "J250"),
        ]
        for (name, code) in cases {
            #expect(Soundex.code(Array(name.utf8)) == code, "\(name)")
        }
        #expect(Soundex.code([]) == nil)
    }
}
