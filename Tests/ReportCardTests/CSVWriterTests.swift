import BackboneCore
import ReportCard
import Testing

@Suite struct CSVWriterTests {
    @Test func quotesAndNeutralisesFormulas() {
        var writer = CSVWriter(header: ["a", "b", "c", "d"])
        writer.appendRow([.text("=HYPERLINK(\"x\")"), .text("plain, with comma"), .number("-0.25"), .empty])
        writer.appendRow([.text("@SUM(A1)"), .text("+1"), .text("-2"), .text("line\nbreak")])
        #expect(writer.output == """
            a,b,c,d\r
            "'=HYPERLINK(""x"")","plain, with comma",-0.25,\r
            '@SUM(A1),'+1,'-2,"line
            break"\r

            """)
    }

    @Test func numbersFormatTheSameEverywhere() {
        #expect(NumberFormat.percent(0.48349) == "48.3%")
        #expect(NumberFormat.percent(1) == "100.0%")
        #expect(NumberFormat.points(-0.0213) == "−2.1 pts")
        #expect(NumberFormat.points(0.0004) == "+0.0 pts")
        #expect(NumberFormat.fixed(0.125, decimals: 2) == "0.13")
        #expect(NumberFormat.count(1234567) == "1,234,567")
    }
}
