import NotebookModel

/// Numbers a page's captioned cells (`caption="…"`) as Figure 1, 2, … in page order and gives
/// each an anchor: its `label=`, else `figure-N`; prose links to it with `[Figure 2](#fig-loss)`
/// or, numbered for the author, `[](#fig-loss)`.
struct FigureCaptions {
    struct Entry {
        var number: Int
        var anchor: String
    }

    /// Captioned cells by cell id.
    private(set) var byCell: [String: Entry] = [:]
    /// Figure numbers by anchor, for `[](#anchor)` references in prose.
    private(set) var numbers: [String: Int] = [:]

    /// `used`: anchors already on the page (cell ids); the figures' anchors are added to it.
    init(_ blocks: [PageBlock], used: inout Set<String>) {
        var number = 0
        for case .cell(let cell) in blocks where cell.caption != nil {
            number += 1
            let wanted = cell.figureLabel.map(PageRenderer.cssIdentifier).flatMap { $0.isEmpty ? nil : $0 } ?? "figure-\(number)"
            var anchor = wanted
            var suffix = 1
            // SVG ids are fig-1, fig-2…: an anchor of that form would collide with one.
            while used.contains(anchor) || Self.isFigureSVGID(anchor) {
                suffix += 1
                anchor = "\(wanted)-\(suffix)"
            }
            used.insert(anchor)
            byCell[cell.id] = Entry(number: number, anchor: anchor)
            numbers[anchor] = number
        }
    }

    static func isFigureSVGID(_ anchor: String) -> Bool {
        anchor.hasPrefix("fig-") && !anchor.dropFirst(4).isEmpty && anchor.dropFirst(4).allSatisfy(\.isNumber)
    }

    /// The tags around an uncaptioned cell's outputs.
    static let plain = (open: "<div class=\"cell-outputs\">", close: "</div>\n")

    /// The outputs' opening and closing tags: a numbered `<figure>` for captioned cells.
    func wrap(_ cell: CellView) -> (open: String, close: String) {
        guard let caption = cell.caption, let entry = byCell[cell.id] else { return Self.plain }
        let figcaption = "<figcaption><span class=\"figure-number\">Figure \(entry.number):</span> "
            + XMLEscaping.text(caption) + "</figcaption>\n"
        return ("<figure class=\"cell-outputs captioned\" id=\"\(XMLEscaping.attribute(entry.anchor))\">", figcaption + "</figure>\n")
    }
}
