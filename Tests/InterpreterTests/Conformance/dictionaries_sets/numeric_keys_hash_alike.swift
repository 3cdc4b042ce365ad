var byDouble: [Double: String] = [1: "one", 2.5: "two and a half", -0.0: "zero"]
byDouble[3] = "three"
print(byDouble[1.0] ?? "missing", byDouble[3.0] ?? "missing", byDouble[0.0] ?? "missing")
print(byDouble[2.5] ?? "missing", byDouble[4] ?? "missing")

var big: [Int: Int] = [:]
for k in [9_007_199_254_740_993, 9_007_199_254_740_992, -9_007_199_254_740_993, Int.max, Int.min, 0, -1] {
    big[k, default: 0] += 1
}
print(big.count, big[Int.max] ?? -1, big[9_007_199_254_740_993] ?? -1)

var seen = Set<Int>()
for i in 0..<2000 { seen.insert((i * 7919) % 1000) }
print(seen.count, seen.contains(999), seen.contains(1000))

let optionalKeys: [Int?: String] = [1: "a", nil: "none"]
print(optionalKeys[1] ?? "?", optionalKeys[nil] ?? "?", optionalKeys[2] ?? "?")

// expect: one three zero
// expect: two and a half missing
// expect: 7 1 1
// expect: 1000 true false
// expect: a none ?
