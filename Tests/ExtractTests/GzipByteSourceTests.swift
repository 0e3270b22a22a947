import BackboneCore
import BackboneTestSupport
import Foundation
import Testing
@testable import Extract

@Suite("Gzip byte source")
struct GzipByteSourceTests {
    static let students = [["1", "Rivera, Ana", "09"], ["2", "Lee \"JJ\" Jr", "10"], ["3", "Kim", "11"]]

    func readAll(_ source: ByteSource, bufferSize: Int = 4096) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: bufferSize)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    func rows(of path: String) throws -> [[String]] {
        let reader = try CSVReader(source: try openByteSource(path: path), file: path)
        var rows: [[String]] = []
        try reader.read(
            row: { row in rows.append((0..<row.count).map(row.string)) },
            malformed: { _ in Issue.record("no row is malformed") })
        return rows
    }

    @Test func gzippedCSVReadsThroughOpenByteSource() throws {
        #expect(try rows(of: Fixtures.path("csv/students.csv.gz")) == Self.students)
    }

    @Test func gzipIsRecognisedByItsMagicBytesNotItsName() throws {
        #expect(try rows(of: Fixtures.path("csv/students-gzipped-no-extension.csv")) == Self.students)
    }

    @Test func concatenatedMembersReadAsOneStream() throws {
        #expect(try rows(of: Fixtures.path("csv/students-two-members.csv.gz")) == Self.students + [["4", "Ortiz", "12"]])
    }

    @Test func plainFilePassesThroughUnchanged() throws {
        let folder = try Fixtures.temporaryDirectory("gzip-test")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plain.csv").path
        let text = "a,b\n1,2\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try readAll(openByteSource(path: path)) == Array(text.utf8))
    }

    @Test func oneByteOutputBufferStillInflatesEverything() throws {
        let whole = try readAll(openByteSource(path: Fixtures.path("csv/students.csv.gz")))
        let byByte = try readAll(openByteSource(path: Fixtures.path("csv/students.csv.gz")), bufferSize: 1)
        let text = "student_id,name,grade\r\n1,\"Rivera, Ana\",09\r\n2,\"Lee \"\"JJ\"\" Jr\",10\r\n3,Kim,11\r\n"
        #expect(whole == Array(text.utf8))
        #expect(byByte == whole)
    }

    @Test func truncatedStreamNamesTheFile() throws {
        let path = Fixtures.path("csv/students-truncated.csv.gz")
        let error = try #require(throws: Diagnostic.self) { try readAll(openByteSource(path: path)) }
        #expect(error.message == "gzip stream truncated: expected more compressed data, found end of file")
        #expect(error.location?.file == path)
    }

    @Test func corruptChecksumIsReported() throws {
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("csv/students.csv.gz"))))
        bytes[bytes.count - 8] ^= 0xFF
        let source = try GzipByteSource(source: MemoryByteSource(bytes), file: "corrupt.gz")
        let error = try #require(throws: Diagnostic.self) { try readAll(source) }
        #expect(error.message.hasPrefix("gzip stream is corrupt"))
        #expect(error.location?.file == "corrupt.gz")
    }

    @Test func emptyStreamIsReported() throws {
        let source = try GzipByteSource(source: MemoryByteSource([UInt8]()), file: "empty.gz")
        let error = try #require(throws: Diagnostic.self) { try readAll(source) }
        #expect(error.message.contains("empty"))
    }

    @Test func ratioLimitStopsAGzipBomb() throws {
        let limits = GzipLimits(maxRatio: 100, ratioGraceBytes: 64 << 10)
        let error = try #require(throws: Diagnostic.self) {
            try readAll(openByteSource(path: Fixtures.path("csv/zeros.gz"), gzipLimits: limits))
        }
        #expect(error.message.contains("more than 100 times its compressed size"))
    }

    @Test func outputLimitStopsALargeStream() throws {
        let limits = GzipLimits(maxOutputBytes: 1_000_000, maxRatio: .max)
        let error = try #require(throws: Diagnostic.self) {
            try readAll(openByteSource(path: Fixtures.path("csv/zeros.gz"), gzipLimits: limits))
        }
        #expect(error.message.contains("more than 1000000 bytes"))
    }

    @Test func withinTheLimitsEverythingInflates() throws {
        let limits = GzipLimits(maxRatio: 10_000)
        let bytes = try readAll(openByteSource(path: Fixtures.path("csv/zeros.gz"), gzipLimits: limits))
        #expect(bytes.count == 2_000_000 && bytes.allSatisfy { $0 == 0 })
    }
}
