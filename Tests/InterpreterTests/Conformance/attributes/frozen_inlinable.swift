@frozen
public struct Pair {
    public var a: Int
    public var b: Int
    @inlinable public func sum() -> Int { a + b }
}
@inline(__always) func twice(_ x: Int) -> Int { x * 2 }
@usableFromInline internal func helper() -> String { "helped" }
print(Pair(a: 1, b: 2).sum(), twice(4), helper())

// expect: 3 8 helped
