import Testing
@testable import Extract

@Suite struct XMLPathTests {
    @Test func acceptsTheThreeForms() {
        #expect(XMLPath.check("StudentReference/StudentIdentity/StudentUniqueId") == nil)
        #expect(XMLPath.check("Name/@type") == nil)
        #expect(XMLPath.check("@id") == nil)
        #expect(XMLPath.check("ScoreResult[AssessmentReportingMethod='uri://ed-fi.org/X#Raw score']/Result") == nil)
        #expect(XMLPath.check("A[B=\"it's\"]/C") == nil)
        #expect(XMLPath.check("Grade-Level.2/_x") == nil)
    }

    @Test func parsesStepsPredicatesAndAttributes() throws {
        let path = try XMLPathExpression(parsing: "A[B='v w']/C/@d")
        #expect(path.steps == [
            .init(name: "A", predicate: .init(child: "B", value: "v w")),
            .init(name: "C", predicate: nil),
        ])
        #expect(path.attribute == "d")
    }

    @Test(arguments: [
        ("", "expected an element name or '@attribute', found an empty path"),
        ("A//B", "expected an element name or '@attribute' at character 3, found '/'"),
        ("A/", "expected an element name or '@attribute' after '/' at character 3, found the end of the path"),
        ("A/@", "expected an attribute name after '@' at character 4, found the end of the path"),
        ("@a/B", "expected the end of the path after the attribute '@a' at character 3, found '/'"),
        ("A[B=v]", "expected a quoted value ('…' or \"…\") at character 5, found 'v'"),
        ("A[B='v'", "expected ']' after the quoted value at character 8, found the end of the path"),
        ("A[B='v", "expected the closing ' of the value at character 7, found the end of the path"),
        ("A[B]", "expected '=' after the child name 'B' at character 4, found ']'"),
        ("A[B='v']x", "expected '/' or the end of the path after the step 'A[B='v']' at character 9, found 'x'"),
        ("1A", "expected an element name or '@attribute' at character 1, found '1'"),
        ("A/text()", "expected '/' or the end of the path after the step 'text' at character 7, found '('"),
        ("ed:Student/ed:Name", "expected a local name at character 1, found the prefixed name 'ed:Student' (namespaces are ignored: write 'Student')"),
        ("A B", "expected '/' or the end of the path after the step 'A' at character 2, found ' '"),
    ])
    func reportsWhatWasExpectedAndFound(path: String, message: String) {
        #expect(XMLPath.check(path) == message)
    }
}
