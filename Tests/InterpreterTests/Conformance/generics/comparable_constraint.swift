func largest<T: Comparable>(_ xs: [T]) -> T? {
    guard var best = xs.first else { return nil }
    for x in xs where x > best { best = x }
    return best
}

print(largest([3, 9, 2])!)
print(largest(["pear", "apple", "zebra", "kiwi"])!)
print(largest([1.5, -2.0])!)
let none: [Int] = []
print(largest(none) as Any)

// expect: 9
// expect: zebra
// expect: 1.5
// expect: nil
