func average(_ xs: [Int]) -> Int {
    var sum = 0
    for x in xs { sum += x }
    return sum / xs.count
}
print(average([2, 4]))
print(average([]))

// expect: 3
// expect error: 4: Division by zero
