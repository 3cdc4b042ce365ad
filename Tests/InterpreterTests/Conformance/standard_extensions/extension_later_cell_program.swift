extension Array where Element == Int {
    func histogram() -> [Int: Int] {
        var h: [Int: Int] = [:]
        for x in self { h[x, default: 0] += 1 }
        return h
    }

    var evens: [Int] { filter { $0 % 2 == 0 } }
}

extension Int {
    func clamped(_ lo: Int, _ hi: Int) -> Int { self < lo ? lo : (self > hi ? hi : self) }
}

let rolls = [3, 1, 3, 6, 1, 3]
let h = rolls.histogram()
print(h[3]!, h[1]!, h[6]!, h[2] ?? 0)
print(rolls.evens)
print(rolls.map { $0.clamped(2, 4) })
print(15.clamped(0, 10), (-3).clamped(0, 10))

// expect: 3 2 1 0
// expect: [6]
// expect: [3, 2, 3, 4, 2, 3]
// expect: 10 0
