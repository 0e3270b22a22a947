import BackboneCore
import Foundation

/// Stage results kept between runs in `<private>/cache/` (owner-only: they hold record-level
/// data), one entry per source or stage, replaced when its key changes so the cache never grows.
///
/// An entry is a header (a magic line, byte order, format version, Backbone's version, the
/// key, the payload's length and SHA-256) and the payload. An entry that is missing or was
/// written for another key is a miss; one that is truncated, damaged or not an entry at all is
/// a miss with a reason, which the run shows as a warning before rebuilding it.
struct StageCache {
    static let formatVersion: UInt32 = 1
    private static let magic = Array("BACKBONE STAGE CACHE\n".utf8)
    private static let byteOrder: UInt32 = 0x0102_0304

    enum Lookup {
        case hit(BinaryReader)
        case miss
        case unusable(String)
    }

    let folder: String

    init(privateDirectory: String) {
        folder = privateDirectory + "/cache"
    }

    func path(of entry: String) -> String {
        folder + "/" + entry + ".bin"
    }

    func read(_ entry: String, key: String) -> Lookup {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path(of: entry)), options: .alwaysMapped) else { return .miss }
        guard data.count >= Self.magic.count, data.prefix(Self.magic.count).elementsEqual(Self.magic) else {
            return .unusable("it is not a Backbone cache entry")
        }
        var reader = BinaryReader(data[(data.startIndex + Self.magic.count)...])
        do {
            guard try reader.read(UInt32.self) == Self.byteOrder.littleEndian,
                try reader.read(UInt32.self) == Self.formatVersion,
                try reader.readString() == BackboneVersion.current,
                try reader.readString() == key
            else { return .miss }
            let length = try reader.readCount()
            let checksum = try reader.readString()
            let payload = data[reader.offset...]
            guard payload.count == length else {
                return .unusable("it holds \(payload.count) bytes where its header says \(length): it was cut short")
            }
            guard ContentHash.sha256(payload) == checksum else { return .unusable("its checksum does not match its contents") }
            return .hit(BinaryReader(payload))
        } catch {
            return .unusable("\(error)")
        }
    }

    /// Written beside the entry and renamed over it, so a reader never sees half an entry.
    func write(_ entry: String, key: String, payload: [UInt8]) throws {
        var header = BinaryWriter()
        header.write(raw: Self.magic)
        header.write(Self.byteOrder.littleEndian)
        header.write(Self.formatVersion)
        header.write(BackboneVersion.current)
        header.write(key)
        header.write(payload.count)
        header.write(ContentHash.sha256(payload))
        try PrivateFolder.create(folder)
        let temporary = folder + "/." + entry + ".\(getpid()).tmp"
        let written = FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600])
        guard written, let handle = FileHandle(forWritingAtPath: temporary) else {
            throw InternalError("cannot write the stage cache entry", at: SourceLocation(file: temporary))
        }
        do {
            defer { try? handle.close() }
            try handle.write(contentsOf: header.bytes)
            try handle.write(contentsOf: payload)
        }
        guard rename(temporary, path(of: entry)) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Diagnostic.error("cannot replace the stage cache entry", at: SourceLocation(file: path(of: entry)))
        }
    }

    /// Removes the entries of sources and stages the pipeline no longer has, and the temporary
    /// files of writers that died; other files are left alone.
    func prune(keeping entries: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            if name.hasSuffix(".bin"), !name.hasPrefix(".") {
                guard !entries.contains(String(name.dropLast(4))) else { continue }
            } else if name.hasPrefix("."), name.hasSuffix(".tmp") {
                let parts = name.split(separator: ".")
                guard parts.count >= 3, let pid = Int32(parts[parts.count - 2]), kill(pid, 0) != 0, errno == ESRCH else { continue }
            } else {
                continue
            }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// A file name for a source's entry: its id when that is a safe name, else the id's hash.
    static func entry(stage: String, source: String) -> String {
        let safe = !source.isEmpty && source.utf8.allSatisfy { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || ($0 < 128 && isalnum(Int32($0)) != 0) }
        return stage + "-" + (safe ? source : String(ContentHash.sha256(Array(source.utf8)).prefix(16)))
    }
}
