func total<T: Numeric>(_ xs: [T]) -> T {
    var t: T = 0
    for x in xs { t += x }
    return t
}
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(total([1.5, 2]), total([2, 1.5]), total([1, 2]))
print(largest([3, 7.5, 1]) as Any, largest(["b", "a"]) as Any)

// expect: 3.5 3.5 3
// expect: Optional(7.5) Optional("b")
