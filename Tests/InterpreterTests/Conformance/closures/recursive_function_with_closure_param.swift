func visit(_ n: Int, _ f: (Int) -> Void) {
    if n == 0 { return }
    f(n)
    visit(n - 1, f)
}
var seen: [Int] = []
visit(4) { seen.append($0) }
print(seen)

// expect: [4, 3, 2, 1]
