var groups: [String: [Int]] = [:]
for n in 1...6 {
    let key = n % 2 == 0 ? "even" : "odd"
    groups[key, default: []].append(n)
}
print(groups["even"]!)
print(groups["odd"]!)

// expect: [2, 4, 6]
// expect: [1, 3, 5]
