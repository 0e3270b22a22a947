import BackboneCore

/// A pipeline's name: its file name without the extension (`pipelines/riverton.yml` → `riverton`).
enum PipelineName {
    static func of(_ path: String) -> String {
        let file = FilePath.name(of: path)
        guard let dot = file.lastIndex(of: ".") , dot != file.startIndex else { return file }
        return String(file[..<dot])
    }
}
