@resultBuilder
struct Numbers {
    static func buildBlock(_ parts: [Int]...) -> [Int] { parts.flatMap { $0 } }
    static func buildExpression(_ n: Int) -> [Int] { [n] }
    static func buildExpression(_ ns: [Int]) -> [Int] { [ns.reduce(0, +)] }
}

@Numbers func values(_ base: Int) -> [Int] {
    let doubled = base * 2
    base
    doubled
    do {
        let t = doubled + 1
        t
        t * 10
    }
    let total = doubled + base
    total
    [base, base, base]
}

print(values(3))
print(values(10))

// expect: [3, 6, 7, 70, 9, 9]
// expect: [10, 20, 21, 210, 30, 30]
