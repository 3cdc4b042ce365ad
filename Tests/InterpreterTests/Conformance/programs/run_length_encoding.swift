func encode(_ s: String) -> [(Character, Int)] {
    var result: [(Character, Int)] = []
    for c in s {
        if let last = result.last, last.0 == c {
            result[result.count - 1].1 += 1
        } else {
            result.append((c, 1))
        }
    }
    return result
}
let encoded = encode("aaabccddddd")
print(encoded)
print(encoded.map { "\($0.1)\($0.0)" }.joined())

// expect: [("a", 3), ("b", 1), ("c", 2), ("d", 5)]
// expect: 3a1b2c5d
