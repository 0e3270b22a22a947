import BackboneCore
import BackboneTestSupport
import Foundation
import Testing

/// Published test vectors: FIPS 180-4 examples and RFC 4231's HMAC-SHA-256 cases, and a file
/// hashed in pieces giving the same digest as its bytes hashed at once.
@Suite struct ContentHashTests {
    @Test func hashesTheFIPSExamples() {
        #expect(ContentHash.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func authenticatesTheRFC4231Cases() {
        #expect(ContentHash.hex(ContentHash.hmacSHA256(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8)))
            == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(ContentHash.hex(ContentHash.hmacSHA256(
            key: [UInt8](repeating: 0xaa, count: 131),
            message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func hashesAFileLargerThanOnePiece() throws {
        let folder = try Fixtures.temporaryDirectory("content-hash")
        let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = folder.appendingPathComponent("big.bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let digest = try ContentHash.sha256(file: path)
        #expect(digest == ContentHash.FileDigest(bytes: bytes.count, sha256: ContentHash.sha256(bytes)))
        #expect(throws: Diagnostic.self) { try ContentHash.sha256(file: folder.appendingPathComponent("missing").path) }
    }
}

@Suite struct FilePathWalkTests {
    @Test func walksUpAndDownFromABaseFolder() {
        #expect(FilePath.walk(to: "/work/repo/fixtures/a.csv", from: "/work/repo/pipelines") == "../fixtures/a.csv")
        #expect(FilePath.walk(to: "/work/repo/pipelines/x.yml", from: "/work/out/card") == "../../repo/pipelines/x.yml")
        #expect(FilePath.walk(to: "/work/repo/a/b.csv", from: "/work/repo") == "a/b.csv")
        #expect(FilePath.walk(to: "/work/repo", from: "/work/repo") == ".")
    }

    @Test func pathsSharingOnlyTheRootStayAbsolute() {
        #expect(FilePath.walk(to: "/tmp/card", from: "/work/repo") == "/tmp/card")
    }
}
