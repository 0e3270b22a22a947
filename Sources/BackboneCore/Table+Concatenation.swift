/// Tables of one source read file by file in parallel, put back together in file order: the
/// result is the table a single pass over the files would have built.
extension Table {
    /// `parts` share name, columns and origin unit; string dictionaries are merged in order of
    /// first appearance and codes renumbered; each part's files follow the previous part's.
    public static func concatenating(_ parts: [Table]) -> Table {
        precondition(!parts.isEmpty, "at least one part")
        guard parts.count > 1 else { return parts[0] }
        let first = parts[0]
        let columns = first.columns.indices.map { c in
            Column.concatenating(parts.map { $0.columns[c] })
        }
        return Table(name: first.name, columns: columns, origins: RowOrigins.concatenating(parts.map(\.origins)))
    }
}

extension Column {
    static func concatenating(_ parts: [Column]) -> Column {
        let first = parts[0]
        let storage: Storage
        switch first.storage {
        case .strings:
            var dictionary: [String] = []
            var lookup = ByteStringTable()
            var codes: [Int32] = []
            codes.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for part in parts {
                guard case .strings(let partCodes, let partDictionary) = part.storage else { preconditionFailure("column types differ") }
                let renumbered = partDictionary.map { text -> Int32 in
                    var utf8 = text
                    let (code, isNew) = utf8.withUTF8 { lookup.id(adding: $0) }
                    if isNew { dictionary.append(text) }
                    return Int32(code)
                }
                codes += partCodes.map { $0 < 0 ? -1 : renumbered[Int($0)] }
            }
            storage = .strings(codes: codes, dictionary: dictionary)
        case .integers:
            storage = .integers(
                parts.flatMap { if case .integers(let v, _) = $0.storage { v } else { preconditionFailure("column types differ") } },
                valid: parts.flatMap(\.validity))
        case .decimals:
            storage = .decimals(
                parts.flatMap { if case .decimals(let v, _) = $0.storage { v } else { preconditionFailure("column types differ") } },
                valid: parts.flatMap(\.validity))
        case .dates:
            storage = .dates(
                parts.flatMap { if case .dates(let v, _) = $0.storage { v } else { preconditionFailure("column types differ") } },
                valid: parts.flatMap(\.validity))
        case .booleans:
            storage = .booleans(
                parts.flatMap { if case .booleans(let v, _) = $0.storage { v } else { preconditionFailure("column types differ") } },
                valid: parts.flatMap(\.validity))
        }
        return Column(name: first.name, type: first.type, storage: storage)
    }

    /// The validity mask of a non-string column.
    private var validity: [Bool] {
        switch storage {
        case .strings(let codes, _): return codes.map { $0 >= 0 }
        case .integers(_, let valid), .decimals(_, let valid), .dates(_, let valid), .booleans(_, let valid): return valid
        }
    }
}

extension RowOrigins {
    /// Each part's files after the previous part's; file indices shifted to match.
    static func concatenating(_ parts: [RowOrigins]) -> RowOrigins {
        let first = parts[0]
        var joined = RowOrigins(unit: first.unit, recordElement: first.recordElement)
        // CSV rows carry their bytes; a part with no rows has none to carry either way.
        let withBytes = parts.contains { !$0.byteOffsets.isEmpty } && parts.allSatisfy { $0.byteOffsets.count == $0.count }
        var fileOffset = 0
        for part in parts {
            for name in part.files { joined.beginFile(name) }
            for row in 0..<part.count {
                let file = UInt16(clamping: fileOffset + Int(part.fileIndices[row]))
                joined.appendRow(file: file, number: part.numbers[row])
                if withBytes { joined.appendBytes(offset: part.byteOffsets[row], length: part.byteLengths[row]) }
            }
            fileOffset += part.files.count
        }
        return joined
    }
}
