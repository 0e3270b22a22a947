import BackboneCore
import BackboneTestSupport
import Extract
import Testing

/// Matching field paths on small crafted documents, each read through 7-byte pieces.
@Suite struct XMLRecordReaderTests {
    @Test func readsTextOfChildChainsTrimmedAndNilWhenAbsent() throws {
        let xml = """
            <?xml version="1.0"?>
            <Root>
              <R>
                <Id>  1 </Id>
                <Name><First>Ann</First><Last>Lee</Last></Name>
                <Empty/>
              </R>
              <R><Id>2</Id></R>
            </Root>
            """
        let records = try XMLTestReading.records(xml, record: "R", paths: ["Id", "Name/Last", "Empty", "Missing", "Name/First"])
        #expect(records.map(\.number) == [1, 2])
        #expect(records.map(\.line) == [3, 8])
        #expect(records[0].values == ["1", "Lee", "", nil, "Ann"])
        #expect(records[1].values == ["2", nil, nil, nil, nil])
    }

    @Test func readsAttributesByLocalNameAndDecodesReferences() throws {
        let xml = """
            <Root xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <R id="7"><A xsi:type="x &amp; y &#38; z &lt; &#233;">t</A><A other="2"/></R>
            </Root>
            """
        let records = try XMLTestReading.records(xml, record: "R", paths: ["@id", "A/@type", "A/@other", "A/@missing", "A"])
        #expect(records.first?.values == ["7", "x & y & z < é", "2", nil, "t"])
    }

    @Test func predicatesSelectBySiblingTextEvenWhenTheTestComesLater() throws {
        let xml = """
            <R>
              <Score><Result>28</Result><Method>Raw score</Method></Score>
              <Score><Result>691</Result><Method> Vertical score </Method></Score>
            </R>
            """
        let records = try XMLTestReading.records(
            xml, record: "R",
            paths: ["Score[Method='Vertical score']/Result", "Score[Method='Raw score']/Result",
                    "Score[Method='Lexile']/Result", "Score/Result", "Score[Method='Raw score']/Method"])
        #expect(records.first?.values == ["691", "28", nil, "28", "Raw score"])
    }

    @Test func predicatesOnSeveralStepsMustAllHold() throws {
        let xml = """
            <R>
              <Term><Name>Fall</Name><Course><Code>M1</Code><Grade>B</Grade></Course></Term>
              <Term><Name>Spring</Name><Course><Code>E1</Code><Grade>C</Grade></Course><Course><Code>M1</Code><Grade>A</Grade></Course></Term>
            </R>
            """
        let records = try XMLTestReading.records(
            xml, record: "R",
            paths: ["Term[Name='Spring']/Course[Code='M1']/Grade", "Term[Name='Fall']/Course[Code='E1']/Grade",
                    "Term/Course[Code='M1']/Grade"])
        #expect(records.first?.values == ["A", nil, "B"])
    }

    @Test func elementsDeeperThanThePathDoNotMatch() throws {
        let xml = """
            <Root>
              <R><Objective><Level><Level>deep</Level></Level></Objective><Level><Level>top</Level></Level></R>
              <R><Objective><Level><Level>deep only</Level></Level></Objective></R>
            </Root>
            """
        let records = try XMLTestReading.records(xml, record: "R", paths: ["Level/Level"])
        #expect(records.map(\.values) == [["top"], [nil]])
    }

    @Test func recordsAreFoundAtAnyDepthButNotInsideAnotherRecord() throws {
        let xml = """
            <Root>
              <Group><R><A>1</A><R><A>inner</A></R></R></Group>
              <R><A>2</A></R>
            </Root>
            """
        let records = try XMLTestReading.records(xml, record: "R", paths: ["A", "R/A"])
        #expect(records.map(\.values) == [["1", "inner"], ["2", nil]])
    }

    @Test func namespacesAndPrefixesAreIgnored() throws {
        let xml = """
            <e:Interchange xmlns:e="http://ed-fi.org/5.2.0" xmlns:x="urn:other">
              <e:R><x:A>1</x:A><A>2</A><e:B x:kind="k">3</e:B></e:R>
            </e:Interchange>
            """
        let records = try XMLTestReading.records(xml, record: "R", paths: ["A", "B", "B/@kind"])
        #expect(records.first?.values == ["1", "3", "k"])
    }

    @Test func cdataCommentsAndReferencesJoinIntoOneText() throws {
        let xml = """
            <R>
              <A><![CDATA[a < b & c]]></A>
              <B>x<!-- note --><![CDATA[y]]>z<?pi data?>!</B>
              <C>O&apos;Brien &#233;&#x20AC; &quot;q&quot;</C>
              <D>keep<Child>no</Child>this</D>
            </R>
            """
        let records = try XMLTestReading.records(xml, record: "R", paths: ["A", "B", "C", "D"])
        #expect(records.first?.values == ["a < b & c", "xyz!", "O'Brien é€ \"q\"", "keepthis"])
    }

    @Test func sharedAndRepeatedPathsEachGetTheirValue() throws {
        let records = try XMLTestReading.records(
            "<R><A><B>1</B><C>2</C></A></R>", record: "R", paths: ["A/B", "A/C", "A/B", "A"])
        #expect(records.first?.values == ["1", "2", "1", ""])
    }

    @Test func recordsSplitAcrossReadsOfAnySizeReadTheSame() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <InterchangeStudent xmlns="http://ed-fi.org/5.2.0">
            \t<Student>
            \t\t<StudentUniqueId>604821</StudentUniqueId>
            \t\t<Name><FirstName>Tyrone</FirstName><LastSurname>Dyer</LastSurname></Name>
            \t\t<BirthData><BirthDate>2014-11-13</BirthDate></BirthData>
            \t</Student>
            \t<Student code="a&amp;b">
            \t\t<StudentUniqueId>604822</StudentUniqueId>
            \t\t<Name><FirstName>Lisa</FirstName><LastSurname>Woods</LastSurname></Name>
            \t</Student>
            </InterchangeStudent>
            """
        let paths = ["StudentUniqueId", "Name/FirstName", "Name/LastSurname", "BirthData/BirthDate", "@code"]
        let expected: [[String?]] = [
            ["604821", "Tyrone", "Dyer", "2014-11-13", nil],
            ["604822", "Lisa", "Woods", nil, "a&b"],
        ]
        for pieceSize in [1, 2, 3, 7, 13, 64, 100_000] {
            let records = try XMLTestReading.records(xml, record: "Student", paths: paths, pieceSize: pieceSize)
            #expect(records.map(\.values) == expected, "pieces of \(pieceSize) bytes")
            #expect(records.map(\.line) == [3, 8], "pieces of \(pieceSize) bytes")
        }
    }

    @Test func longTextsCrossingParserChunksStayWhole() throws {
        let long = String(repeating: "0123456789", count: 20_000)
        let xml = "<Root><R><A>\(long)</A><B>end</B></R></Root>"
        let records = try XMLTestReading.records(xml, record: "R", paths: ["A", "B"], pieceSize: 4096)
        #expect(records.first?.values == [long, "end"])
    }

    @Test func declaredEncodingsAreDecoded() throws {
        let path = Fixtures.path("xml/windows-1252.xml")
        let reader = try XMLRecordReader(source: try FileByteSource(path: path), file: "windows-1252.xml",
                                         recordElement: "Student", fieldPaths: ["FirstName", "LastSurname"])
        #expect(try reader.next()?.values == ["José", "O’Brien"])
        #expect(try reader.next() == nil)
    }

    @Test func aDocumentWithoutRecordsHasNone() throws {
        #expect(try XMLTestReading.records("<Root><Other/></Root>", record: "R", paths: ["A"]).isEmpty)
    }

    @Test func rejectsAnInvalidRecordElementOrPath() {
        for record in ["", "a/b", "p:R", "R[A='1']", "@id"] {
            #expect(throws: Diagnostic.error(
                "the record element '\(record)' is not an element name: expected one local name such as "
                    + "'StudentAssessment' (namespaces are ignored)", at: SourceLocation(file: "test.xml"))) {
                try XMLRecordReader(source: XMLPieceByteSource("<R/>"), file: "test.xml", recordElement: record, fieldPaths: [])
            }
        }
        #expect(throws: Diagnostic.error(
            "field path 2 'A//B' is invalid: expected an element name or '@attribute' at character 3, found '/'",
            at: SourceLocation(file: "test.xml"))) {
            try XMLRecordReader(source: XMLPieceByteSource("<R/>"), file: "test.xml", recordElement: "R", fieldPaths: ["A", "A//B"])
        }
    }
}
