import BackboneCore

public enum SourceFormat: String, Sendable, CaseIterable {
    case csv
    case xml
}

public struct SourceConfig: Sendable {
    public var id: String
    public var partner: String
    /// As written in the file (may contain one `*` in its last component).
    public var path: String
    public var format: SourceFormat
    public var table: CanonicalTable
    /// CSV only.
    public var encoding: TextEncoding
    /// CSV only: one of `,` `;` tab `|`.
    public var delimiter: UInt8
    /// XML only: the element whose every occurrence is one record.
    public var recordElement: String?
    /// Raw values read as null in addition to the empty string.
    public var nullValues: [String]
    /// In file order.
    public var fields: [FieldMapping]
    public var location: SourceLocation
    /// Where `path` is written: a missing input is reported there. Nil for sources made in code.
    public var pathLocation: SourceLocation?
    /// The pipeline file's `limits:`, the same for every source.
    public var limits = ExtractLimits()

    public init(
        id: String, partner: String, path: String, format: SourceFormat, table: CanonicalTable,
        encoding: TextEncoding = .utf8, delimiter: UInt8 = UInt8(ascii: ","), recordElement: String? = nil,
        nullValues: [String] = [], fields: [FieldMapping], location: SourceLocation
    ) {
        self.id = id
        self.partner = partner
        self.path = path
        self.format = format
        self.table = table
        self.encoding = encoding
        self.delimiter = delimiter
        self.recordElement = recordElement
        self.nullValues = nullValues
        self.fields = fields
        self.location = location
    }
}

/// What happens to a row whose value cannot be read as its field's type (a date that is no
/// date, a code outside the code list): the type rule's severity.
public enum InvalidValuePolicy: String, Sendable, CaseIterable {
    /// The cell is left empty and the problem counted; the row is kept.
    case warn
    /// The row is set aside in the quarantine.
    case error
}

/// How one canonical field is read from an export.
public struct FieldMapping: Sendable {
    public enum Origin: Sendable, Equatable {
        /// A CSV header, matched ignoring case, spaces and punctuation.
        case column(String)
        /// An XML path relative to the record element: `A/B/C`, `A/@attr`, `A[Child='v']/B`.
        case path(String)
        /// The same value for every row (e.g. a subject for a single-subject file).
        case constant(String)
    }

    /// Canonical field name.
    public var field: String
    public var origin: Origin
    /// Date fields: the layouts tried in order (defaults when empty).
    public var dateLayouts: [DateLayout]
    /// Raw value → canonical value; tried on the whole value, then on the part after the
    /// last `#` (so Ed-Fi descriptor URIs map by their code value).
    public var codes: [String: String]
    /// For a required field an unreadable value always sets the row aside.
    public var invalid: InvalidValuePolicy
    public var location: SourceLocation

    public init(
        field: String, origin: Origin, dateLayouts: [DateLayout] = [], codes: [String: String] = [:],
        invalid: InvalidValuePolicy = .warn, location: SourceLocation
    ) {
        self.field = field
        self.origin = origin
        self.dateLayouts = dateLayouts
        self.codes = codes
        self.invalid = invalid
        self.location = location
    }
}
