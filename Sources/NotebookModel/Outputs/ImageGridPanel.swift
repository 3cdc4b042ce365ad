/// A grid of small grayscale images with a caption under each; highlighted captions mark mistakes.
public struct ImageGridPanel: Equatable, Sendable, Codable {
    /// How intensities map to gray: `.binary` draws 0 white and 255 black (ink on paper, the
    /// usual Fashion-MNIST view); `.gray` draws 0 black and 255 white.
    public enum ColorMap: String, Equatable, Sendable, Codable { case binary, gray }

    public struct Item: Equatable, Sendable, Codable {
        public var image: GrayImage
        public var caption: String
        /// Drawn with a red frame and caption (a misclassified example).
        public var highlighted: Bool
        public init(image: GrayImage, caption: String = "", highlighted: Bool = false) {
            self.image = image
            self.caption = caption
            self.highlighted = highlighted
        }
    }

    public var title: String
    public var items: [Item]
    /// Images per row; `nil`: up to 10.
    public var columns: Int?
    public var colorMap: ColorMap
    public init(title: String = "", items: [Item], columns: Int? = nil, colorMap: ColorMap = .binary) {
        self.title = title
        self.items = items
        self.columns = columns
        self.colorMap = colorMap
    }

    /// Samples captioned with their class names: `labels[i]` indexes `classNames` (falls back to the number).
    public static func samples(_ images: [GrayImage], labels: [Int], classNames: [String] = [], columns: Int? = nil) -> ImageGridPanel {
        let items = images.enumerated().map { i, image in
            Item(image: image, caption: i < labels.count ? className(labels[i], classNames) : "")
        }
        return ImageGridPanel(items: items, columns: columns)
    }

    /// Predictions against truth: captions are the predicted class, plus "true: …" on a second line for
    /// wrong ones, which are highlighted.
    public static func predictions(_ images: [GrayImage], predicted: [Int], actual: [Int], classNames: [String] = [], columns: Int? = nil) -> ImageGridPanel {
        let items = images.enumerated().map { i, image -> Item in
            guard i < predicted.count, i < actual.count else { return Item(image: image) }
            let p = className(predicted[i], classNames)
            let t = className(actual[i], classNames)
            let wrong = predicted[i] != actual[i]
            return Item(image: image, caption: wrong ? "\(p)\ntrue: \(t)" : p, highlighted: wrong)
        }
        return ImageGridPanel(items: items, columns: columns)
    }

    static func className(_ index: Int, _ names: [String]) -> String {
        index >= 0 && index < names.count ? names[index] : String(index)
    }
}

/// A grayscale image: `pixels` row-major, 0…255, `width × height` of them.
public struct GrayImage: Equatable, Sendable, Codable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]
    public init(width: Int, height: Int, pixels: [UInt8]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }
    /// From intensities in `0...scale` (e.g. 0…1 after normalization, or 0…255); values are clamped,
    /// NaN becomes 0.
    public init(width: Int, height: Int, values: [Double], scale: Double = 1) {
        let factor = scale > 0 ? 255 / scale : 255
        self.init(width: width, height: height, pixels: values.map { v in
            guard v.isFinite || v == .infinity else { return 0 }
            return UInt8(Swift.min(Swift.max((v * factor).rounded(), 0), 255))
        })
    }
    /// From Float intensities in `0...scale`.
    public init(width: Int, height: Int, values: [Float], scale: Double = 1) {
        self.init(width: width, height: height, values: values.map(Double.init), scale: scale)
    }
}

extension Figure {
    public static func images(title: String, _ panel: ImageGridPanel) -> Figure {
        Figure(title: title, panel: .imageGrid(panel))
    }
}
