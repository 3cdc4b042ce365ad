/// Fixed, locale-free number formatting: the same Double always prints the same characters.
enum NumberFormat {
    /// A coordinate: at most 2 decimals, trailing zeros trimmed, never `-0`.
    static func coordinate(_ value: Double) -> String {
        fixed(value, decimals: 2, trim: true)
    }

    /// `value` with exactly `decimals` decimals (or trimmed of trailing zeros when `trim`).
    static func fixed(_ value: Double, decimals: Int, trim: Bool = false) -> String {
        guard value.isFinite else { return "0" }
        let d = min(max(decimals, 0), 12)
        var scale: Double = 1
        for _ in 0..<d { scale *= 10 }
        let scaled = (value * scale).rounded()
        // Beyond 2^53 integer arithmetic is no longer exact; Swift's shortest representation is
        // still deterministic there.
        guard abs(scaled) < 9.0e15 else { return "\(value.rounded())" }
        var units = Int64(scaled)
        if units == 0 { return d == 0 || trim ? "0" : "0." + String(repeating: "0", count: d) }
        let negative = units < 0
        units = abs(units)
        var digits = String(units)
        if d > 0 {
            if digits.count <= d { digits = String(repeating: "0", count: d - digits.count + 1) + digits }
            let split = digits.index(digits.endIndex, offsetBy: -d)
            var fraction = String(digits[split...])
            let whole = String(digits[..<split])
            if trim {
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
            digits = fraction.isEmpty ? whole : whole + "." + fraction
        }
        return negative ? "-" + digits : digits
    }

    /// Whole number with thousands separators: `101770` → `101,770`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    /// Keras' `readable_memory_size`: 1024-based units, two decimals (`397.54 KB`, `0.00 B`).
    static func memorySize(bytes: Double) -> String {
        let units = ["B", "KB", "MB", "GB", "TB", "PB"]
        var size = bytes
        for unit in units {
            if size / 1024 < 1 { return fixed(size, decimals: 2) + " " + unit }
            size /= 1024
        }
        return fixed(size, decimals: 2) + " PB"
    }
}
