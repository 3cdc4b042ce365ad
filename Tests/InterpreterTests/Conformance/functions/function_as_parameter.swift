func apply(_ f: (Int) -> Int, to x: Int, times: Int) -> Int {
    var v = x
    for _ in 0..<times { v = f(v) }
    return v
}
func triple(_ x: Int) -> Int { x * 3 }
print(apply(triple, to: 1, times: 4))

// expect: 81
