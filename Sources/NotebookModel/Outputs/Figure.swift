/// A chart described as data; the renderer turns it into deterministic inline SVG.
/// (Placeholder shape: the renderer work fills in the chart kinds.)
public struct Figure: Equatable, Sendable, Codable {
    public var title: String
    public init(title: String) { self.title = title }
}
