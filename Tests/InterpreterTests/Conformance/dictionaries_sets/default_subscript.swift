var counts: [String: Int] = [:]
for w in ["a", "b", "a", "c", "a"] {
    counts[w, default: 0] += 1
}
for k in counts.keys.sorted() {
    print(k, counts[k]!)
}

// expect: a 3
// expect: b 1
// expect: c 1
