/// Which cells to run again after an edit so that the live session ends as a fresh run would.
public struct RerunPlan: Equatable, Sendable {
    /// Cells to run again, in order (empty with `fullRun`).
    public var rerun: [Int]
    /// Cells that should run again but are frozen: they keep their old results.
    public var stale: [Int]
    /// Set when the live session cannot be reused at all (a name it holds is gone or moved):
    /// start a new session and run every cell.
    public var fullRun: String?

    public init(rerun: [Int], stale: [Int] = [], fullRun: String? = nil) {
        self.rerun = rerun
        self.stale = stale
        self.fullRun = fullRun
    }
}

/// Plans incremental re-runs over a notebook's `CellDependencies`.
///
/// A cell runs again when it was edited, is marked `always`, or touches a name that a cell
/// running again writes (forward). When a cell that runs again reads or changes a name whose
/// live value no longer is the one the last writer before it left — a later cell, or its own
/// earlier run, changed it — that writer runs again too (backward), down to the cell that
/// created the value. Frozen cells never run again; they are reported stale instead.
public enum RerunPlanner {
    /// - Parameters:
    ///   - dependencies: the new notebook's cells, in order.
    ///   - edited: cells whose code changed, that never ran, or whose last run is unusable.
    ///   - liveWriters: for each name, the cell whose run last wrote it in the live session.
    ///   - inactive: cells that do not run (`skip`).
    ///   - formerWrites: what each cell's previous version wrote (an edited cell that no longer
    ///     defines a name changes it for its readers too).
    public static func plan(_ dependencies: [CellDependencies], edited: Set<Int>, always: Set<Int> = [],
                            frozen: Set<Int> = [], inactive: Set<Int> = [],
                            liveWriters: [String: Int], formerWrites: [Int: Set<String>] = [:]) -> RerunPlan {
        let writes = dependencies.map(\.writes)
        let touches = dependencies.enumerated().map { i, d in writes[i].union(d.reads) }
        func lastWriter(before i: Int, of name: String) -> Int? {
            var j = i - 1
            while j >= 0 {
                if !inactive.contains(j), writes[j].contains(name) { return j }
                j -= 1
            }
            return nil
        }
        var added = Set<Int>()
        while true {
            var dirty = Set<Int>(), stale = Set<Int>()
            var dirtyWrites = Set<String>()
            for i in dependencies.indices where !inactive.contains(i) {
                let seeded = edited.contains(i) || always.contains(i) || added.contains(i)
                guard seeded || !touches[i].isDisjoint(with: dirtyWrites) else { continue }
                if frozen.contains(i) {
                    stale.insert(i)
                } else {
                    dirty.insert(i)
                    dirtyWrites.formUnion(writes[i])
                    dirtyWrites.formUnion(formerWrites[i] ?? [])
                }
            }
            var live = liveWriters
            var grew = false
            for i in dirty.sorted() {
                for name in Set(dependencies[i].reads).union(dependencies[i].mutates) {
                    guard let p = lastWriter(before: i, of: name) else {
                        if let w = live[name] {
                            return RerunPlan(rerun: [], fullRun: "cell \(i + 1) uses '\(name)', which no earlier cell defines now (cell \(w + 1) did)")
                        }
                        continue
                    }
                    if live[name] != p, !dirty.contains(p) {
                        if frozen.contains(p) {
                            stale.insert(p)
                        } else if added.insert(p).inserted {
                            grew = true
                        }
                    }
                }
                for name in writes[i] { live[name] = i }
            }
            if !grew { return RerunPlan(rerun: dirty.sorted(), stale: stale.sorted()) }
        }
    }
}
