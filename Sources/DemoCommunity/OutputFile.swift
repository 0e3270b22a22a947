import BackboneCore
import CZlib
import Foundation

/// One export being written: bytes go out in 64 KiB chunks (through gzip for `.gz` files),
/// so a community of any size streams to disk without being held in memory.
///
/// Text is UTF-8 unless the file is declared Windows-1252, as one partner's export is.
final class OutputFile {
    /// Relative to the output folder, as the summary and README name it.
    let path: String
    let encoding: TextEncoding
    /// For CSV rows: the field separator and the line ending.
    var delimiter: UInt8 = UInt8(ascii: ",")
    var lineEnding: StaticString = "\n"
    private(set) var rows = 0

    private let handle: UnsafeMutablePointer<FILE>
    /// The pending bytes. Kept behind a pointer: the generator appends to it millions of
    /// times, and a class's stored array would pay a dynamic exclusivity check on each.
    private let pending: UnsafeMutablePointer<[UInt8]>
    private let gzip: BackgroundGzipWriter?
    private var atRowStart = true
    /// The first failed write, reported when the file is closed.
    private var failure: Diagnostic?
    private static let chunk = 1 << 16

    init(folder: String, path: String, encoding: TextEncoding = .utf8) throws {
        self.path = path
        self.encoding = encoding
        let full = folder + "/" + path
        let parent = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        guard let handle = fopen(full, "wb") else {
            throw Diagnostic.error("cannot create file: \(String(cString: strerror(errno)))", at: SourceLocation(file: full))
        }
        self.handle = handle
        pending = .allocate(capacity: 1)
        pending.initialize(to: [])
        pending.pointee.reserveCapacity(OutputFile.chunk + 4096)
        gzip = path.hasSuffix(".gz") ? BackgroundGzipWriter(handle: handle, label: path) : nil
    }

    deinit {
        gzip?.wait()
        fclose(handle)
        pending.deinitialize(count: 1)
        pending.deallocate()
    }

    // MARK: Raw text

    func write(_ text: StaticString) {
        pending.pointee.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        flushIfFull()
    }

    func write(_ text: String) {
        if encoding == .windows1252 && text.utf8.contains(where: { $0 >= 0x80 }) {
            pending.pointee.append(contentsOf: Windows1252.encode(text))
        } else {
            pending.pointee.append(contentsOf: text.utf8)
        }
        flushIfFull()
    }

    func write(_ value: Int) {
        if value < 0 {
            pending.pointee.append(UInt8(ascii: "-"))
            write(-value)
            return
        }
        write(value, width: 1)
    }

    /// A non-negative number, zero-padded to `width` digits.
    func write(_ value: Int, width: Int) {
        let start = pending.pointee.count
        var rest = value
        repeat {
            pending.pointee.append(UInt8(48 + rest % 10))
            rest /= 10
        } while rest > 0
        while pending.pointee.count - start < width { pending.pointee.append(48) }
        pending.pointee[start..<pending.pointee.count].reverse()
        flushIfFull()
    }

    /// Hundredths as a decimal with as few places as needed: 4250 → "42.5", 700 → "7".
    func write(hundredths: Int) {
        write(hundredths / 100)
        let fraction = hundredths % 100
        guard fraction != 0 else { return }
        pending.pointee.append(UInt8(ascii: "."))
        if fraction % 10 == 0 { write(fraction / 10) } else { write(fraction, width: 2) }
    }

    func write(date day: Int32, _ style: DateStyle) {
        let (year, month, dayOfMonth) = CalendarDate.civil(day)
        switch style {
        case .monthDayYear:
            write(month, width: 2); write("/"); write(dayOfMonth, width: 2); write("/"); write(year, width: 4)
        case .shortMonthDayYear:
            write(month); write("/"); write(dayOfMonth); write("/"); write(year, width: 4)
        case .dayMonthYear:
            write(dayOfMonth, width: 2); write("/"); write(month, width: 2); write("/"); write(year, width: 4)
        case .iso:
            write(year, width: 4); write("-"); write(month, width: 2); write("-"); write(dayOfMonth, width: 2)
        case .compact:
            write(year, width: 4); write(month, width: 2); write(dayOfMonth, width: 2)
        }
    }

    // MARK: CSV

    func field(_ text: String) {
        separate()
        let delimiter = self.delimiter
        if text.utf8.contains(where: { $0 == delimiter || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            write("\"")
            write(text.replacingOccurrences(of: "\"", with: "\"\""))
            write("\"")
        } else {
            write(text)
        }
    }

    func field(_ text: StaticString) {
        separate()
        write(text)
    }

    func field(_ value: Int) {
        separate()
        write(value)
    }

    func field(date day: Int32, _ style: DateStyle) {
        separate()
        write(date: day, style)
    }

    func field(hundredths: Int) {
        separate()
        write(hundredths: hundredths)
    }

    func field(flag: Bool) {
        field(flag ? "Y" : "N" as StaticString)
    }

    func emptyField() {
        separate()
    }

    func endRow() {
        write(lineEnding)
        atRowStart = true
        rows += 1
    }

    /// Writes a header row: counted apart from data rows.
    func header(_ names: [String]) {
        for name in names { field(name) }
        write(lineEnding)
        atRowStart = true
    }

    private func separate() {
        if atRowStart { atRowStart = false } else { pending.pointee.append(delimiter) }
    }

    // MARK: XML

    /// Text content or an attribute value, escaped.
    func xmlText(_ text: String) {
        if text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
            var escaped = ""
            for character in text {
                switch character {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                case "\"": escaped += "&quot;"
                case "'": escaped += "&apos;"
                default: escaped.append(character)
                }
            }
            write(escaped)
        } else {
            write(text)
        }
    }

    /// `<name>text</name>` with the text escaped.
    func element(_ name: StaticString, _ text: String) {
        write("<"); write(name); write(">")
        xmlText(text)
        write("</"); write(name); write(">")
    }

    // MARK: Finishing

    /// Flushes and finishes gzip; returns the file's size on disk.
    func close() throws -> Int {
        flush(final: true)
        fflush(handle)
        if ferror(handle) != 0 && failure == nil { failure = writeFailure() }
        if let failure { throw failure }
        return Int(ftell(handle))
    }

    private func flushIfFull() {
        if pending.pointee.count >= OutputFile.chunk { flush(final: false) }
    }

    private func flush(final: Bool) {
        if let gzip {
            gzip.submit(pending.pointee, final: final)
            pending.pointee = []
            pending.pointee.reserveCapacity(OutputFile.chunk + 4096)
            // The writer's queue owns the file until it has drained.
            guard final else { return }
            gzip.wait()
        } else {
            _ = pending.pointee.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
            pending.pointee.removeAll(keepingCapacity: true)
        }
        if ferror(handle) != 0 && failure == nil { failure = writeFailure() }
    }

    private func writeFailure() -> Diagnostic {
        Diagnostic.error("write failed: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
    }
}

/// The date layouts partners' exports use.
enum DateStyle {
    /// `MM/DD/YYYY`, the SIS's layout.
    case monthDayYear
    /// `M/D/YYYY`, as spreadsheets write it.
    case shortMonthDayYear
    /// `DD/MM/YYYY`, a spreadsheet set up for day-first dates.
    case dayMonthYear
    /// `YYYY-MM-DD`.
    case iso
    /// `YYYYMMDD`, the Clearinghouse's layout.
    case compact
}
