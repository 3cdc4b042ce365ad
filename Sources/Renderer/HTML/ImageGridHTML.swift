import Foundation
import NotebookModel

/// Image grids on a page are HTML, not one SVG: a CSS grid of images with text captions, so on
/// a phone the grid reflows to fewer columns and the labels keep their size (an SVG would
/// shrink them to a few pixels). `FigureRenderer` still draws them as SVG for other uses.
enum ImageGridHTML {
    /// The grid for a figure made only of image-grid panels (and not sized by its author), else nil.
    static func html(_ figure: Figure, id: String) -> String? {
        var panels: [ImageGridPanel] = []
        for case .imageGrid(let panel) in figure.panels { panels.append(panel) }
        guard !panels.isEmpty, panels.count == figure.panels.count, figure.width == nil, figure.height == nil else { return nil }
        let label = figure.title.isEmpty ? FigureRenderer.describeKinds(figure) : figure.title
        var s = "<figure class=\"output output-figure output-image-grid\" id=\"\(id)\" role=\"group\" aria-label=\"\(XMLEscaping.attribute(label))\">\n"
        if !figure.title.isEmpty { s += "<p class=\"image-grid-title\">" + XMLEscaping.text(figure.title) + "</p>\n" }
        for panel in panels { s += grid(panel) }
        return s + "</figure>\n"
    }

    static func grid(_ panel: ImageGridPanel) -> String {
        let columns = max(1, min(panel.columns ?? 10, max(panel.items.count, 1)))
        var s = panel.title.isEmpty ? "" : "<p class=\"image-grid-title\">" + XMLEscaping.text(panel.title) + "</p>\n"
        s += "<ol class=\"image-grid\" style=\"--columns: \(columns)\">\n"
        for item in panel.items {
            s += item.highlighted ? "<li class=\"wrong\">" : "<li>"
            if let png = ImageGridChart.encode(item.image, colorMap: panel.colorMap) {
                s += "<img src=\"\(PNGEncoder.dataURI(png))\" width=\"\(item.image.width)\" height=\"\(item.image.height)\" alt=\"\">"
            } else {
                s += "<span class=\"no-image\">no image</span>"
            }
            let lines = ImageGridChart.captionLines(item.caption).filter { !$0.isEmpty }
            if !lines.isEmpty || item.highlighted {
                let marker = item.highlighted ? "<span class=\"visually-hidden\">wrong: </span>" : ""
                s += "<span>" + marker + lines.map(XMLEscaping.text).joined(separator: "<br>") + "</span>"
            }
            s += "</li>\n"
        }
        return s + "</ol>\n"
    }
}
