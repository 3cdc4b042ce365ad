/// A growable float scratch buffer owned by a layer, model or optimizer, reused across batches;
/// its storage comes from `Allocator`, so growth past the budget throws instead of trapping.
final class Buffer {
    private(set) var pointer: UnsafeMutablePointer<Float>
    private(set) var capacity: Int
    /// Names the buffer in budget errors ("layer \"dense\" output").
    let what: String

    init(_ what: String) {
        self.what = what
        capacity = 1
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: 0)
    }

    /// A buffer of `count` zeros, reserved against the budget.
    init(_ count: Int, _ what: String) throws {
        self.what = what
        pointer = try Allocator.pointer(count, what)
        capacity = Swift.max(count, 1)
    }

    deinit { pointer.deallocate() }

    /// Returns storage for at least `count` floats; contents are undefined after growth.
    @inline(__always)
    func ensure(_ count: Int) throws -> UnsafeMutablePointer<Float> {
        if count > capacity { try grow(count) }
        return pointer
    }

    @inline(never)
    private func grow(_ count: Int) throws {
        // Reserve before freeing: a refused request leaves the old storage usable.
        let fresh = try Allocator.pointer(count, "\(what) of \(count) values")
        pointer.deallocate()
        pointer = fresh
        capacity = count
    }
}
