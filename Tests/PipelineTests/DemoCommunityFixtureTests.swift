import BackboneTestSupport
import DemoCommunity
import Foundation
import Testing

/// The committed demo in fixtures/riverton is exactly what `backbone synth` writes by default,
/// and the seed alone decides the bytes.
@Suite struct DemoCommunityFixtureTests {
    @Test func regeneratingTheDefaultSeedReproducesTheFixturesByteForByte() throws {
        let folder = try Fixtures.temporaryDirectory("riverton")
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try RivertonCommunity().write(to: folder.path)

        let fixtures = Fixtures.path("riverton")
        #expect(try DemoFiles.list(fixtures) == summary.files.map(\.path).sorted())
        for file in summary.files {
            let committed = try Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + file.path))
            let regenerated = try Data(contentsOf: folder.appendingPathComponent(file.path))
            #expect(committed == regenerated, "\(file.path) differs from the committed fixture")
            #expect(regenerated.count == file.bytes)
        }
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDifferentOnes() throws {
        let first = try DemoFiles.generate(seed: 11, students: 400)
        let again = try DemoFiles.generate(seed: 11, students: 400)
        let other = try DemoFiles.generate(seed: 12, students: 400)
        defer { for folder in [first, again, other] { try? FileManager.default.removeItem(atPath: folder) } }

        let files = try DemoFiles.list(first)
        #expect(files.count == 24)
        #expect(try DemoFiles.list(other) == files)
        for path in files {
            #expect(try DemoFiles.bytes(first, path) == DemoFiles.bytes(again, path), "\(path) changed between runs")
        }
        for path in ["district/students.csv", "district/enrollment.csv", "state/assessment_2024.xml.gz", "cbo/youthworks.csv"] {
            #expect(try DemoFiles.bytes(first, path) != DemoFiles.bytes(other, path), "\(path) did not change with the seed")
        }
    }
}

/// Reading generated folders in tests.
enum DemoFiles {
    static func generate(seed: UInt64, students: Int) throws -> String {
        let folder = try Fixtures.temporaryDirectory("riverton-\(seed)").path
        _ = try RivertonCommunity(seed: seed, students: students).write(to: folder)
        return folder
    }

    /// Every regular file below `folder`, relative and sorted.
    static func list(_ folder: String) throws -> [String] {
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    static func bytes(_ folder: String, _ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
    }

    /// The rows of a small CSV file (RFC 4180 quoting), header first.
    static func csv(_ folder: String, _ path: String, delimiter: Character = ",", encoding: String.Encoding = .utf8) throws -> [[String]] {
        guard let text = String(data: try bytes(folder, path), encoding: encoding) else {
            throw CSVTestError.notDecodable(path)
        }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if Character(scalar) == delimiter {
                row.append(field)
                field = ""
            } else if scalar == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if scalar != "\r" {
                field.unicodeScalars.append(scalar)
            }
        }
        return rows
    }

    enum CSVTestError: Error {
        case notDecodable(String)
    }
}
