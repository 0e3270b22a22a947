import BackboneCore
import Testing
@testable import Extract

/// Finding records again in an XML document's bytes, as `XMLRecordReader` numbered them.
@Suite struct XMLRecordLocatorTests {
    static let document = """
        <?xml version="1.0"?>
        <!-- <R>not a record</R> -->
        <p:Root xmlns:p="urn:x"><p:Group>
          <p:R a="1 > 0" b='"'><p:R>inner</p:R></p:R>
          <p:R><![CDATA[</p:R> <p:R>]]><?pi </p:R>?></p:R>
          <p:R/>
          <R>4</R>
        </p:Group></p:Root>
        """

    func texts(_ numbers: [Int], in xml: String, record: String = "R") throws
        -> (opening: String, root: String?, records: [String])
    {
        let bytes = Array(xml.utf8)
        let layout = try XMLRecordLocator.locate(
            records: numbers, recordElement: record, in: MemoryByteSource(bytes, chunkSize: 5), file: "test.xml")
        return (
            String(decoding: bytes[0..<layout.prologLength], as: UTF8.self),
            layout.rootName.map { String(decoding: $0, as: UTF8.self) },
            layout.records.map { String(decoding: bytes[$0], as: UTF8.self) }
        )
    }

    @Test func findsRecordsPastCommentsCDATAInstructionsAndQuotedAttributes() throws {
        let found = try texts([1, 2, 3, 4], in: Self.document)
        #expect(found.opening == "<?xml version=\"1.0\"?>\n<!-- <R>not a record</R> -->\n<p:Root xmlns:p=\"urn:x\">")
        #expect(found.root == "p:Root")
        #expect(found.records == [
            "<p:R a=\"1 > 0\" b='\"'><p:R>inner</p:R></p:R>", "<p:R><![CDATA[</p:R> <p:R>]]><?pi </p:R>?></p:R>",
            "<p:R/>", "<R>4</R>",
        ])
    }

    @Test func numbersRecordsAsTheReaderDoes() throws {
        let reader = try XMLRecordReader(
            source: MemoryByteSource(Self.document), file: "test.xml", recordElement: "R", fieldPaths: [])
        var count = 0
        while try reader.next() != nil { count += 1 }
        #expect(count == 4)
        #expect(try texts([2, 4], in: Self.document).records == [
            "<p:R><![CDATA[</p:R> <p:R>]]><?pi </p:R>?></p:R>", "<R>4</R>",
        ])
    }

    @Test func aRootThatIsTheRecordHasNoWrapper() throws {
        let found = try texts([1], in: "<?xml version=\"1.0\"?>\n<R><A>1</A></R>\n")
        #expect(found.opening == "<?xml version=\"1.0\"?>\n")
        #expect(found.root == nil)
        #expect(found.records == ["<R><A>1</A></R>"])
    }

    @Test func aRecordNoLongerThereIsReported() throws {
        #expect(throws: Diagnostic.error(
            "expected record 5 of <R> as when the file was read, found 4 records: the file changed since",
            at: SourceLocation(file: "test.xml"))) {
            try texts([5], in: Self.document)
        }
    }
}
