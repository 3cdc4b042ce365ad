import Yams

/// The YAML block at the top of a notebook, between `---` lines.
public struct FrontMatter: Equatable, Sendable {
    public var title: String?
    public var description: String?
    /// Position in the course index (lower first); notebooks without one sort by file name.
    public var order: Int?
    /// Seeds weights, shuffles, dropout and `random` in cells.
    public var seed: UInt64?
    /// Per-cell wall-clock limit in seconds.
    public var timeout: Double?
    /// Per-cell interpreter step budget.
    public var steps: Int?
    /// Per-cell memory budget in megabytes.
    public var memoryMB: Int?
    /// The largest `memory:` accepted, in megabytes (1 TB).
    public static let maxMemoryMB = 1 << 20
    /// Every other field, as text, sorted by key (author, date, …).
    public var extra: [(key: String, value: String)] = []

    public init() {}

    public static func == (lhs: FrontMatter, rhs: FrontMatter) -> Bool {
        lhs.title == rhs.title && lhs.description == rhs.description && lhs.order == rhs.order
            && lhs.seed == rhs.seed && lhs.timeout == rhs.timeout && lhs.steps == rhs.steps
            && lhs.memoryMB == rhs.memoryMB && lhs.extra.map(\.key) == rhs.extra.map(\.key)
            && lhs.extra.map(\.value) == rhs.extra.map(\.value)
    }
}

/// Reads front matter YAML into a `FrontMatter`.
enum FrontMatterParser {
    /// Parses the YAML text; `firstLine` is the notebook line of the YAML's first line.
    static func parse(_ yaml: String, path: String, firstLine: Int) throws -> FrontMatter {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw NotebookError.yaml(error, path: path, firstLine: firstLine)
        }
        var matter = FrontMatter()
        guard let node else { return matter }
        guard let mapping = node.mapping else {
            throw NotebookError(path: path, line: firstLine, column: 1, message: "front matter must be a YAML mapping of fields")
        }
        var extra: [(String, String)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { continue }
            let line = firstLine + (keyNode.mark.map { $0.line - 1 } ?? 0)
            func fail(_ expected: String) -> NotebookError {
                NotebookError(path: path, line: line, column: 1, message: "front matter field '\(key)' must be \(expected)")
            }
            switch key {
            case "title": matter.title = valueNode.string
            case "description": matter.description = valueNode.string
            case "order":
                guard let value = valueNode.int else { throw fail("a whole number") }
                matter.order = value
            case "seed":
                guard let value = valueNode.int, value >= 0 else { throw fail("a non-negative whole number") }
                matter.seed = UInt64(value)
            case "timeout":
                guard let value = valueNode.float, value > 0 else { throw fail("a positive number of seconds") }
                matter.timeout = value
            case "steps":
                guard let value = valueNode.int, value > 0 else { throw fail("a positive whole number") }
                matter.steps = value
            case "memory":
                // The runner multiplies by 2^20: a bound keeps that from overflowing (1 TB is plenty).
                guard let value = valueNode.int, value > 0, value <= FrontMatter.maxMemoryMB else {
                    throw fail("a positive number of megabytes, at most \(FrontMatter.maxMemoryMB)")
                }
                matter.memoryMB = value
            default:
                extra.append((key, valueNode.string ?? (try? Yams.serialize(node: valueNode))?.trimmingTrailingNewlines ?? ""))
            }
        }
        matter.extra = extra.sorted { $0.0 < $1.0 }.map { (key: $0.0, value: $0.1) }
        return matter
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
