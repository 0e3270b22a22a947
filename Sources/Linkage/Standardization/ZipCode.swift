/// US ZIP codes reduced to their five-digit form, stored as a number (02134 is 2134) so a
/// comparison is an integer test and the three-digit area is `zip / 100`.
public enum ZipCode {
    /// "12345", "12345-6789" and "123456789" give 12345. Four or eight digits are taken as a
    /// ZIP whose leading zero a spreadsheet dropped ("2134" is 02134). Anything else is nil.
    public static func standardize(_ raw: String) -> Int32? {
        var digits: [Int32] = []
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(Int32(byte - UInt8(ascii: "0")))
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"): continue
            default: return nil
            }
        }
        switch digits.count {
        case 5, 9: break
        case 4, 8: digits.insert(0, at: 0)
        default: return nil
        }
        return digits.prefix(5).reduce(0) { $0 * 10 + $1 }
    }

    /// The three-digit area (sectional center) of a standardized ZIP.
    public static func area(_ zip: Int32) -> Int32 { zip / 100 }
}
