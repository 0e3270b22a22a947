import BackboneCore
import BackboneTestSupport
import Foundation
import Pipeline
import Testing

@Suite struct PublisherTests {
    func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func aNewCardReplacesTheOldWhichIsKeptAsThePreviousVersion() throws {
        let folder = try Fixtures.temporaryDirectory("publish").path
        let target = folder + "/card"
        for version in ["first", "second", "third"] {
            let staging = try Publisher.stage(for: target)
            try write(version, staging + "/index.html")
            try Publisher.commit(staging, to: target)
        }
        #expect(try String(contentsOfFile: target + "/index.html", encoding: .utf8) == "third")
        #expect(try String(contentsOfFile: Publisher.previousPath(for: target) + "/index.html", encoding: .utf8) == "second")
        #expect(!FileManager.default.fileExists(atPath: Publisher.stagingPath(for: target)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [".card.previous", "card"])
    }

    @Test func debrisOfAnInterruptedRunIsClearedAndNeverPublished() throws {
        let folder = try Fixtures.temporaryDirectory("publish-debris").path
        let target = folder + "/card"
        try FileManager.default.createDirectory(atPath: Publisher.stagingPath(for: target) + "/partners", withIntermediateDirectories: true)
        try write("half", Publisher.stagingPath(for: target) + "/partners/half.html")
        let staging = try Publisher.stage(for: target)
        #expect(try FileManager.default.contentsOfDirectory(atPath: staging).isEmpty)
        try write("whole", staging + "/index.html")
        try Publisher.commit(staging, to: target)
        #expect(PublishedFiles.list(target) == ["index.html"])
    }

    @Test func aDiscardedStagingFolderLeavesTheCardAsItWas() throws {
        let folder = try Fixtures.temporaryDirectory("publish-discard").path
        let target = folder + "/card"
        let first = try Publisher.stage(for: target)
        try write("good", first + "/index.html")
        try Publisher.commit(first, to: target)
        let failed = try Publisher.stage(for: target)
        try write("broken", failed + "/index.html")
        Publisher.discard(failed)
        #expect(try String(contentsOfFile: target + "/index.html", encoding: .utf8) == "good")
        #expect(!FileManager.default.fileExists(atPath: failed))
    }
}
