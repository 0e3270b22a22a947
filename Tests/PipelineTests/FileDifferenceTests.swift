import BackboneTestSupport
import Foundation
@testable import Pipeline
import Testing

@Suite struct FileDifferenceTests {
    func difference(_ published: String?, _ rerun: String?) throws -> FileDifference? {
        let folder = try Fixtures.temporaryDirectory("difference")
        let a = folder.appendingPathComponent("a").path, b = folder.appendingPathComponent("b").path
        if let published { try Data(published.utf8).write(to: URL(fileURLWithPath: a)) }
        if let rerun { try Data(rerun.utf8).write(to: URL(fileURLWithPath: b)) }
        return try FileDifference.between(published: a, rerun: b, path: "page.html")
    }

    @Test func sameBytesAreNoDifference() throws {
        #expect(try difference("one\ntwo\n", "one\ntwo\n") == nil)
    }

    @Test func placesTheFirstDifferingByteByLineAndColumn() throws {
        let found = try #require(try difference("one\ntwo 12%\nthree", "one\ntwo 13%\nthree"))
        #expect(found.kind == .content(
            offset: 9, line: 2, column: 6, published: "two 12%\\nthree", rerun: "two 13%\\nthree", publishedBytes: 17, rerunBytes: 17))
        #expect(found.description.hasPrefix("page.html:2:6: first difference at byte 9 (published 17 bytes, rerun 17)"))
    }

    @Test func aShorterFileDiffersWhereItEnds() throws {
        let found = try #require(try difference("abc", "abcdef"))
        #expect(found.kind == .content(offset: 3, line: 1, column: 4, published: "abc", rerun: "abcdef", publishedBytes: 3, rerunBytes: 6))
    }

    @Test func longLinesAndControlBytesAreShortenedAndEscaped() throws {
        let prefix = String(repeating: "x", count: 100)
        let found = try #require(try difference(prefix + "\tA" + String(repeating: "y", count: 50), prefix + "\tB"))
        guard case let .content(_, _, column, published, rerun, _, _) = found.kind else { Issue.record("no content difference"); return }
        #expect(column == 102)
        #expect(published == "…" + String(repeating: "x", count: 59) + "\\tA" + String(repeating: "y", count: 19) + "…")
        #expect(rerun == "…" + String(repeating: "x", count: 59) + "\\tB")
    }

    @Test func aFileOnOneSideOnlyIsNamed() throws {
        #expect(try difference("a", nil)?.kind == .missingFromRerun)
        #expect(try difference(nil, "a")?.kind == .missingFromPublished)
    }
}
