/// Formats numbers for reports the same way on every machine, whatever its locale.
public enum NumberFormat {
    /// `0.4832` → `48.3%`.
    public static func percent(_ value: Double, decimals: Int = 1) -> String {
        fixed(value * 100, decimals: decimals) + "%"
    }

    /// Percentage points with a sign: `+2.1 pts`, `−0.4 pts`.
    public static func points(_ value: Double) -> String {
        let text = fixed(abs(value) * 100, decimals: 1)
        return (value < 0 && text != "0.0" ? "−" : "+") + text + " pts"
    }

    /// A fixed number of decimals, rounded half away from zero.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
        let whole = scaled / Int64(scale)
        var text = String(whole)
        if decimals > 0 {
            let fraction = String(scaled % Int64(scale))
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    /// `12345` → `12,345`.
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (value < 0 ? "-" : "") + out
    }
}
