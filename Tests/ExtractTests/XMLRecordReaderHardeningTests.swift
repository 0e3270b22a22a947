import BackboneCore
import BackboneTestSupport
import Extract
import Testing

/// Hostile and broken documents: refused or reported at the right place, never expanded.
@Suite struct XMLRecordReaderHardeningTests {
    static func refusal(ofFixture name: String) throws -> Diagnostic? {
        let reader = try XMLRecordReader(source: try FileByteSource(path: Fixtures.path("xml/\(name)")), file: name,
                                         recordElement: "Student", fieldPaths: ["StudentUniqueId"])
        do {
            while try reader.next() != nil {}
        } catch let diagnostic as Diagnostic {
            #expect(reader.recordsRead == 0)
            return diagnostic
        }
        return nil
    }

    static let doctypeRefused = "XML refused: DOCTYPE declarations are not accepted "
        + "(external entities and entity expansion are refused)"

    @Test(arguments: [("xxe-external-entity.xml", 2), ("billion-laughs.xml", 2), ("external-dtd.xml", 2)])
    func documentsWithADoctypeAreRefusedBeforeAnyEntity(fixture: String, line: Int) throws {
        let diagnostic = try Self.refusal(ofFixture: fixture)
        #expect(diagnostic?.message == Self.doctypeRefused)
        #expect(diagnostic?.location?.file == fixture)
        #expect(diagnostic?.location?.line == line)
    }

    @Test func entitiesWithoutADeclarationAreNotDefined() throws {
        let failure = try XMLTestReading.failure("<Root>\n<R><A>&secret;</A></R></Root>")
        #expect(failure?.0.description == "test.xml:2:15 (record 1): error: XML is not well-formed: the entity "
            + "reference '&secret;' is not defined: only &lt; &gt; &amp; &quot; &apos; and character references are allowed")
    }

    @Test func mismatchedTagsAreReportedAtTheirLineWithTheRecord() throws {
        let xml = """
            <Root>
              <R><A>1</A></R>
              <R>
                <A>2</B>
              </R>
            </Root>
            """
        let failure = try XMLTestReading.failure(xml)
        #expect(failure?.0.description
            == "test.xml:4:13 (record 2): error: XML is not well-formed: the start tag <A> on line 4 is closed by </B>")
        #expect(failure?.0.location == SourceLocation(file: "test.xml", line: 4, column: 13, record: 2))
        #expect(failure?.1 == 1)
    }

    @Test func aTruncatedDocumentIsReported() throws {
        let failure = try XMLTestReading.failure("<Root>\n  <R><A>1</A></R>\n  <R><A>2</A>")
        #expect(failure?.0.description == "test.xml:3:14 (record 2): error: XML is not well-formed: the document "
            + "ends before <R> (opened on line 3) is closed")
        #expect(failure?.1 == 1)
    }

    @Test func contentAfterTheRootAndEmptyDocumentsAreReported() throws {
        let extra = try XMLTestReading.failure("<Root/>\n<Root/>")
        #expect(extra?.0.description
            == "test.xml:2:1: error: XML is not well-formed: found content after the end of the root element")
        let empty = try XMLTestReading.failure("")
        #expect(empty?.0.description
            == "test.xml:1:1: error: XML is not well-formed: the document is empty: expected a root element")
        let blank = try XMLTestReading.failure("  \n")
        #expect(blank?.0.description == empty?.0.description)
    }

    @Test func undeclaredNonUTF8BytesAreReportedWithoutQuotingThem() throws {
        let diagnostic = try Self.refusal(ofFixture: "undeclared-latin1.xml")
        #expect(diagnostic?.description == "undeclared-latin1.xml:2:26 (record 1): error: XML is not well-formed: "
            + "the bytes are not valid UTF-8: declare the file's encoding, e.g. <?xml version=\"1.0\" encoding=\"windows-1252\"?>")
    }

    @Test(arguments: [
        ("<Root>\n<R><A>a & b</A></R></Root>",
         "test.xml:2:10 (record 1): error: XML is not well-formed: found '&' not followed by an entity name: "
            + "write &amp; for a literal '&'"),
        ("<Root>\n<R><A x='1' </A></R></Root>",
         "test.xml:2:13 (record 1): error: XML is not well-formed: expected an attribute name='value' or the end "
            + "of the start tag, found something else"),
        ("<Root>\n<R><A b=\"<\"/></R></Root>",
         "test.xml:2:10 (record 1): error: XML is not well-formed: found '<' in an attribute value: write &lt;"),
        ("<Root>\n<R><A>1</A><B x='1' x='2'/></R></Root>",
         "test.xml:2:26 (record 1): error: XML is not well-formed: the attribute 'x' appears twice in one start tag"),
        ("<Root>\n<R><p:A>1</p:A></R></Root>",
         "test.xml:2:8 (record 1): error: XML is not well-formed: the namespace prefix 'p' on <A> is not declared "
            + "(no xmlns:p attribute)"),
        ("<Root>\n<R><!-- a -- b --><A>1</A></R></Root>",
         "test.xml:2:11 (record 1): error: XML is not well-formed: found '--' inside a comment"),
        ("<Root>\n<R><A>]]></A></R></Root>",
         "test.xml:2:7 (record 1): error: XML is not well-formed: found ']]>' in text: write ]]&gt;"),
        ("Student,Name\n1,Ann\n",
         "test.xml:1:1: error: XML is not well-formed: expected the root element's start tag, found no element "
            + "(is this an XML file?)"),
    ])
    func commonMistakesAreWorded(xml: String, description: String) throws {
        let failure = try XMLTestReading.failure(xml)
        #expect(failure?.0.description == description)
    }

    @Test func nulCharactersAreRefused() throws {
        let failure = try XMLTestReading.failure("<Root>\n<R><A>\u{0}</A></R></Root>")
        #expect(failure?.0.location == SourceLocation(file: "test.xml", line: 2, column: 7, record: 1))
        #expect(failure?.0.message == "XML is not well-formed: found the character U+0, which XML does not allow")
    }

    @Test func nestingIsBounded() throws {
        let depth = 300
        let deep = String(repeating: "<D>", count: depth) + String(repeating: "</D>", count: depth)
        let failure = try XMLTestReading.failure("<Root>\n<R>\n\(deep)</R></Root>")
        #expect(failure?.0.description
            == "test.xml:3:765 (record 1): error: XML refused: elements are nested more than 256 levels deep")
        let allowed = String(repeating: "<D>", count: 200) + "x" + String(repeating: "</D>", count: 200)
        #expect(try XMLTestReading.records("<Root><R><A>1</A>\(allowed)</R></Root>", record: "R", paths: ["A"], pieceSize: 4096)
            .first?.values == ["1"])
    }

    @Test func textLengthIsBounded() throws {
        let huge = String(repeating: "x", count: 10 * 1024 * 1024 + 1)
        let failure = try XMLTestReading.failure("<Root>\n<R><A>\(huge)</A></R></Root>")
        #expect(failure?.0.message == "XML refused: a text is longer than 10485760 bytes")
        #expect(failure?.0.location?.line == 2)
    }

    @Test func aRecordElementThatHoldsTheWholeFileIsRefused() throws {
        let students = String(repeating: "<Student><Id>1</Id></Student>\n", count: 50_001)
        let failure = try XMLTestReading.failure("<Root>\n\(students)</Root>", record: "Root", paths: ["Student/Id"])
        #expect(failure?.0.description == "test.xml:50001 (record 1): error: XML refused: the record holds more than "
            + "100000 matching elements or 64 MB of their text; expected one small record per <Root>: is 'Root' "
            + "really the element that is one record?")
        #expect(failure?.1 == 0)
    }

    @Test func sourceErrorsPassThrough() throws {
        let reader = try XMLRecordReader(source: XMLFailingByteSource(), file: "broken.xml.gz",
                                         recordElement: "R", fieldPaths: ["A"])
        #expect(throws: Diagnostic.error("corrupt compressed data", at: SourceLocation(file: "broken.xml.gz"))) {
            try reader.next()
        }
    }
}
