import Crypto
import Foundation

/// SHA-256 content hashes (swift-crypto, hardware-accelerated): what the manifest, the
/// methodology page and the stage cache name inputs and outputs by, and HMAC-SHA-256 keyed
/// pseudonyms for private audit files.
public enum ContentHash {
    /// A file's size and SHA-256, read in 1 MiB pieces so large exports never sit in memory.
    public struct FileDigest: Sendable, Equatable, Codable {
        public var bytes: Int
        public var sha256: String

        public init(bytes: Int, sha256: String) {
            self.bytes = bytes
            self.sha256 = sha256
        }
    }

    public static func sha256(_ bytes: some DataProtocol) -> String {
        hex(Crypto.SHA256.hash(data: bytes))
    }

    public static func sha256(file path: String) throws -> FileDigest {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Diagnostic.error("cannot read the file to hash it", at: SourceLocation(file: path))
        }
        defer { try? handle.close() }
        var hasher = FileHasher()
        while true {
            let piece = try handle.read(upToCount: 1 << 20) ?? Data()
            if piece.isEmpty { break }
            piece.withUnsafeBytes { hasher.update($0) }
        }
        return hasher.finalize()
    }

    /// A file's digest built up from its bytes as they are read, so a reader can tell what it
    /// read from what was hashed before without a second pass over the file.
    public struct FileHasher {
        private var hasher = Crypto.SHA256()
        private var bytes = 0

        public init() {}

        public mutating func update(_ piece: UnsafeRawBufferPointer) {
            bytes += piece.count
            hasher.update(bufferPointer: piece)
        }

        public func finalize() -> FileDigest {
            FileDigest(bytes: bytes, sha256: ContentHash.hex(hasher.finalize()))
        }
    }

    public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        Array(HMAC<Crypto.SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }

    /// Lower-case hexadecimal, two digits a byte.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
