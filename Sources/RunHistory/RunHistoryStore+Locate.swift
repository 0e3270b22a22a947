import BackboneCore
import Foundation

extension RunHistoryStore {
    /// The history a reading command opens: that of the card published to `publishedDirectory`,
    /// or, when none is named, the only history in `searchFolder` (`out/`).
    public static func locate(publishedDirectory: String?, searchFolder: String, displayBase: String) throws -> RunHistoryStore {
        if let publishedDirectory {
            let path = path(forPublished: publishedDirectory)
            return try existing(path: path, displayPath: FilePath.relative(path, to: displayBase))
        }
        let found = ((try? FileManager.default.contentsOfDirectory(atPath: searchFolder)) ?? [])
            .filter { $0.hasSuffix(fileSuffix) }.sorted()
        guard found.count == 1 else {
            let folder = FilePath.relative(searchFolder, to: displayBase)
            throw Diagnostic.error(
                found.isEmpty
                    ? "no run history here; name the pipeline file or pass --out with the card's folder"
                    : "\(found.count) histories here (\(found.joined(separator: ", "))); name the pipeline file or pass --out",
                at: SourceLocation(file: folder))
        }
        let path = searchFolder + "/" + found[0]
        return try existing(path: path, displayPath: FilePath.relative(path, to: displayBase))
    }
}
