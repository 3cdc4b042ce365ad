/// A fenced ```swift block that the interpreter runs.
public struct Cell: Equatable, Sendable {
    /// Zero-based position among the notebook's cells.
    public var index: Int
    /// The `id=` attribute, else `cell-N` with N one-based.
    public var id: String
    /// The code between the fences.
    public var source: String
    /// Notebook line (1-based) of the opening fence.
    public var fenceLine: Int
    /// Notebook line (1-based) of the first source line.
    public var firstLine: Int
    public var attributes: CellAttributes

    public init(index: Int, id: String, source: String, fenceLine: Int, firstLine: Int, attributes: CellAttributes) {
        self.index = index
        self.id = id
        self.source = source
        self.fenceLine = fenceLine
        self.firstLine = firstLine
        self.attributes = attributes
    }
}
