/// The fixed colors of every figure (Tableau 10, as matplotlib's default cycle).
enum Palette {
    static let series = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                         "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]
    static func color(_ index: Int) -> String { series[((index % series.count) + series.count) % series.count] }

    /// The two classes of the decision-boundary view (TensorFlow Playground's orange and blue).
    static let negative = RGB(245, 147, 34)
    static let positive = RGB(8, 119, 189)
    static let axis = "#444"
    static let grid = "#e6e6e6"
    static let text = "#222"
    static let wrong = "#d62728"
    static let fontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
}

/// An 8-bit color with exact integer blending.
struct RGB: Equatable {
    var r: UInt8, g: UInt8, b: UInt8
    init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }
    static let white = RGB(255, 255, 255)

    /// `self` mixed toward `other` by `t` in 0…1 (clamped; NaN counts as 0).
    func mixed(with other: RGB, _ t: Double) -> RGB {
        let k = t.isNaN ? 0 : min(max(t, 0), 1)
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * k).rounded())
        }
        return RGB(mix(r, other.r), mix(g, other.g), mix(b, other.b))
    }

    var hex: String {
        let digits = Array("0123456789abcdef")
        var s = "#"
        for v in [r, g, b] {
            s.append(digits[Int(v >> 4)])
            s.append(digits[Int(v & 15)])
        }
        return s
    }

    /// Relative luminance in 0…1, to pick black or white text on top.
    var lightness: Double { (0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b)) / 255 }
}
