import BackboneCore
import Extract
import Foundation

/// Keeps every row set aside, with its location and reason, in the private folder, so a
/// data manager can fix and resend it. Record-level: owner-only, never published.
public enum Quarantine {
    /// Replaces `directory/quarantine/` with one CSV per source that set rows aside.
    /// Returns the files written.
    @discardableResult
    public static func write(_ sources: [ExtractedSource], privateDirectory directory: String) throws -> [String] {
        let folder = directory + "/quarantine"
        let fm = FileManager.default
        try PrivateFolder.create(directory)
        try? fm.removeItem(atPath: folder)
        try PrivateFolder.create(folder)
        var written: [String] = []
        for source in sources where !source.rejected.isEmpty {
            var text = "file,line,record,column,reason,row\r\n"
            for row in source.rejected {
                let cells = [
                    row.location.file, row.location.line.map(String.init) ?? "", row.location.record.map(String.init) ?? "",
                    row.location.column.map(String.init) ?? "", row.reason, String(decoding: row.raw, as: UTF8.self),
                ]
                text += CSVQuoting.row(cells) + "\r\n"
            }
            let path = folder + "/" + source.config.id + ".csv"
            try PrivateFolder.writeFile(Data(text.utf8), to: path)
            written.append(path)
        }
        return written
    }
}
