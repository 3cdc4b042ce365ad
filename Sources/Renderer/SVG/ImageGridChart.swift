import Foundation
import NotebookModel

/// Draws an `ImageGridPanel`: each image as a pixelated PNG with a frame and a caption below;
/// highlighted items (mistakes) get a red frame and red bold caption.
enum ImageGridChart {
    static let imageBox = 56.0
    static let captionFont = 10.5
    static let lineHeight = 13.0
    static let gap = 8.0

    struct Layout {
        var columns: Int
        var rows: Int
        var cellWidth: Double
        var cellHeight: Double
        var top: Double
        var size: (Double, Double) {
            (Double(columns) * (cellWidth + gap) + gap, top + Double(rows) * (cellHeight + gap) + gap)
        }
    }

    static func layout(_ panel: ImageGridPanel) -> Layout {
        let count = panel.items.count
        let columns = max(1, min(panel.columns ?? 10, max(count, 1)))
        let rows = max(1, (count + columns - 1) / columns)
        let lines = panel.items.map { $0.caption.isEmpty ? 0 : captionLines($0.caption).count }.max() ?? 0
        let widest = panel.items.flatMap { captionLines($0.caption) }.map { TextMetrics.width($0, fontSize: captionFont) }.max() ?? 0
        let cellWidth = min(max(imageBox, widest + 4), 120)
        let cellHeight = imageBox + (lines > 0 ? 4 + Double(lines) * lineHeight : 0)
        return Layout(columns: columns, rows: rows, cellWidth: cellWidth, cellHeight: cellHeight,
                      top: panel.title.isEmpty ? 4 : 26)
    }

    static func captionLines(_ caption: String) -> [String] {
        caption.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func draw(_ panel: ImageGridPanel, _ context: ChartContext, _ svg: inout SVGBuilder) {
        let layout = layout(panel)
        let (naturalWidth, _) = layout.size
        // Center the grid horizontally when the cell is wider than the grid needs.
        let left = context.x + max(0, (context.width - naturalWidth) / 2)
        if !panel.title.isEmpty {
            svg.text("text", [("x", .n(context.x + context.width / 2)), ("y", .n(context.y + 18)), ("text-anchor", "middle"),
                              ("font-size", .n(CartesianAxes.titleFont)), ("font-weight", "600")], panel.title)
        }
        // image-rendering is inherited: one attribute for the grid, not one per image.
        svg.open("g", [("style", "image-rendering:pixelated"), ("text-anchor", "middle"), ("font-size", .n(captionFont))])
        for (i, item) in panel.items.enumerated() {
            let col = i % layout.columns, row = i / layout.columns
            let cellX = left + gap + Double(col) * (layout.cellWidth + gap)
            let cellY = context.y + layout.top + gap + Double(row) * (layout.cellHeight + gap)
            let image = item.image
            let scale = imageBox / Double(max(image.width, image.height, 1))
            let w = Double(max(image.width, 1)) * scale, h = Double(max(image.height, 1)) * scale
            let ix = cellX + (layout.cellWidth - w) / 2, iy = cellY + (imageBox - h) / 2
            svg.open("g", item.highlighted ? [("class", "wrong")] : [])
            if let png = encode(image, colorMap: panel.colorMap) {
                svg.element("image", [("x", .n(ix)), ("y", .n(iy)), ("width", .n(w)), ("height", .n(h)),
                                      ("preserveAspectRatio", "none"), ("href", .s(PNGEncoder.dataURI(png)))])
            } else {
                svg.element("rect", [("x", .n(ix)), ("y", .n(iy)), ("width", .n(w)), ("height", .n(h)), ("fill", "#eee")])
                svg.text("text", [("x", .n(ix + w / 2)), ("y", .n(iy + h / 2 + 4)), ("font-size", 10)], "no image")
            }
            svg.element("rect", [("x", .n(ix - 0.5)), ("y", .n(iy - 0.5)), ("width", .n(w + 1)), ("height", .n(h + 1)), ("fill", "none"),
                                 ("stroke", .s(item.highlighted ? Palette.wrong : "#bbb")), ("stroke-width", .n(item.highlighted ? 2.5 : 1))])
            var attributes: [(String, SVGValue)] = []
            if item.highlighted { attributes += [("fill", .s(Palette.wrong)), ("font-weight", "600")] }
            for (n, line) in captionLines(item.caption).enumerated() where !line.isEmpty {
                svg.text("text", [("x", .n(cellX + layout.cellWidth / 2)), ("y", .n(cellY + imageBox + 4 + lineHeight * Double(n + 1) - 2))] + attributes, line)
            }
            svg.close("g")
        }
        svg.close("g")
    }

    /// Grayscale PNG; `.binary` inverts so 0 draws white. Nil when the pixel count is wrong.
    static func encode(_ image: GrayImage, colorMap: ImageGridPanel.ColorMap) -> Data? {
        guard image.width > 0, image.height > 0, image.width <= 4096, image.height <= 4096,
              image.pixels.count == image.width * image.height else { return nil }
        let pixels = colorMap == .binary ? image.pixels.map { 255 - $0 } : image.pixels
        return PNGEncoder.encode(width: image.width, height: image.height, color: .gray, pixels: pixels)
    }
}
