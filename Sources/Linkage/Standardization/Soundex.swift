/// American Soundex, the sound code of a surname used in blocking keys: names that sound
/// alike ("ROBERT", "RUPERT") share a code (R163), so a misspelt surname still meets its
/// candidates.
///
/// The rules of the U.S. National Archives: keep the first letter; code the rest
/// (BFPV 1, CGJKQSXZ 2, DT 3, L 4, MN 5, R 6); letters with the same code side by side, or
/// separated only by H or W, count once; vowels separate; pad with zeros to four characters.
public enum Soundex {
    /// The code of a standardized (ASCII upper-case) name; nil when it has no letters.
    public static func code(_ name: [UInt8]) -> String? {
        let letters = name.filter { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        guard let first = letters.first else { return nil }
        var result: [UInt8] = [first]
        var previous = digit(first)
        for letter in letters.dropFirst() {
            if result.count == 4 { break }
            let d = digit(letter)
            if d == 0 {
                // H and W do not separate equal codes; vowels do.
                if letter != UInt8(ascii: "H") && letter != UInt8(ascii: "W") { previous = 0 }
                continue
            }
            if d != previous { result.append(UInt8(ascii: "0") + d) }
            previous = d
        }
        while result.count < 4 { result.append(UInt8(ascii: "0")) }
        return String(decoding: result, as: UTF8.self)
    }

    /// 1–6 for a coded consonant, 0 for vowels, H, W and Y.
    private static func digit(_ letter: UInt8) -> UInt8 {
        switch letter {
        case UInt8(ascii: "B"), UInt8(ascii: "F"), UInt8(ascii: "P"), UInt8(ascii: "V"): return 1
        case UInt8(ascii: "C"), UInt8(ascii: "G"), UInt8(ascii: "J"), UInt8(ascii: "K"),
             UInt8(ascii: "Q"), UInt8(ascii: "S"), UInt8(ascii: "X"), UInt8(ascii: "Z"): return 2
        case UInt8(ascii: "D"), UInt8(ascii: "T"): return 3
        case UInt8(ascii: "L"): return 4
        case UInt8(ascii: "M"), UInt8(ascii: "N"): return 5
        case UInt8(ascii: "R"): return 6
        default: return 0
        }
    }
}
