// Collatz conjecture: the number of steps to reach 1 (nil for non-positive input).
func collatzSteps(_ start: Int) -> Int? {
    guard start > 0 else { return nil }
    var n = start
    var steps = 0
    while n != 1 {
        n = n.isMultiple(of: 2) ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}

func collatzSequence(_ start: Int) -> [Int] {
    Array(sequence(first: start) { $0 == 1 ? nil : ($0 % 2 == 0 ? $0 / 2 : 3 * $0 + 1) })
}
// cell
for n in [1, 16, 12, 1000000, 0, -15, 27, 97] {
    if let steps = collatzSteps(n) {
        print(n, steps)
    } else {
        print(n, "only positive numbers are allowed")
    }
}
print(collatzSequence(6))
print(collatzSequence(7).max() ?? 0)
let longest = (1..<1000).max { collatzSteps($0)! < collatzSteps($1)! }!
print(longest, collatzSteps(longest)!)

// expect: 1 0
// expect: 16 4
// expect: 12 9
// expect: 1000000 152
// expect: 0 only positive numbers are allowed
// expect: -15 only positive numbers are allowed
// expect: 27 111
// expect: 97 118
// expect: [6, 3, 10, 5, 16, 8, 4, 2, 1]
// expect: 52
// expect: 871 178
