extension Array where Element == Int {
    var runningTotals: [Int] {
        var out: [Int] = []
        var t = 0
        for x in self {
            t += x
            out.append(t)
        }
        return out
    }

    func normalized() -> [Double] {
        guard let m = self.max(), m != 0 else { return map { _ in 0 } }
        return map { Double($0) / Double(m) }
    }
}

print([1, 2, 3, 4].runningTotals)
print([2, 4, 8].normalized())
print([Int]().runningTotals)

// expect: [1, 3, 6, 10]
// expect: [0.25, 0.5, 1.0]
// expect: []
