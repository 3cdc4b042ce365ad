let words = ["a", "b", "a"]
let counts = words.reduce(into: [String: Int]()) { acc, w in
    acc[w, default: 0] += 1
}
print(counts["a"]!, counts["b"]!)
let evens = (1...6).reduce(into: [Int]()) { acc, x in
    if x % 2 == 0 { acc.append(x) }
}
print(evens)

// expect: 2 1
// expect: [2, 4, 6]
