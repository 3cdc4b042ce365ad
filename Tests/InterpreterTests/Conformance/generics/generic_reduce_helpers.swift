func apply<T>(_ n: Int, _ x: T, _ f: (T) -> T) -> T {
    var v = x
    for _ in 0..<n { v = f(v) }
    return v
}

func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C {
    { g(f($0)) }
}

print(apply(3, 1) { $0 * 2 })
print(apply(2, "a") { $0 + $0 })
let lenThenDouble = compose({ (s: String) in s.count }, { $0 * 2 })
print(lenThenDouble("hello"))

// expect: 8
// expect: aaaa
// expect: 10
