import Foundation

/// Folders and files for record-level data, readable by their owner only (0700 / 0600).
public enum PrivateFolder {
    public static func create(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        } catch {
            throw InternalError("cannot create private folder: \(FileErrorReason.of(error))", at: SourceLocation(file: path))
        }
    }

    public static func writeFile(_ data: Data, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw InternalError("cannot write private file", at: SourceLocation(file: path))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
}
