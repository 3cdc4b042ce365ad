/// Keras's default names: one counter per stem for a whole session, so the second model of a
/// notebook is `sequential_1` with `dense_2`, `dense_3`, … (Keras 3 counts per process; in a
/// notebook the session is the notebook run).
public final class NameCounter {
    private var used: [String: Int] = [:]

    public init() {}

    /// How many times each stem was used (saved and restored around a re-run cell).
    public var state: [String: Int] {
        get { used }
        set { used = newValue }
    }

    /// "dense" the first time, then "dense_1", "dense_2", ….
    public func next(_ stem: String) -> String {
        let count = used[stem, default: 0]
        used[stem] = count + 1
        return count == 0 ? stem : "\(stem)_\(count)"
    }
}
