import BackboneCore
import Extract
import Foundation

/// One pass of the CSV reader alone over a file, touching every field: the ceiling the
/// extract stage is compared with.
enum CSVReadPass {
    struct Result {
        var bytes: Int
        var rows: Int
        var malformedRows: Int
        var fieldBytes: Int
        var seconds: Double
    }

    static func run(path: String, options: CSVOptions) throws -> Result {
        let counter = try CountingByteSource(openByteSource(path: path))
        let started = DispatchTime.now().uptimeNanoseconds
        let reader = try CSVReader(source: counter, file: path, options: options)
        var fieldBytes = 0
        var malformedRows = 0
        try reader.read(
            row: { row in
                for index in 0..<row.count {
                    fieldBytes &+= row.withBytes(index) { $0.count }
                }
            },
            malformed: { _ in malformedRows += 1 })
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return Result(
            bytes: counter.count, rows: reader.rowsRead, malformedRows: malformedRows, fieldBytes: fieldBytes,
            seconds: seconds)
    }
}
