let text = "abracadabra"
let counts = text.reduce(into: [Character: Int]()) { $0[$1, default: 0] += 1 }
for k in counts.keys.sorted() { print(k, counts[k]!) }

// expect: a 5
// expect: b 2
// expect: c 1
// expect: d 1
// expect: r 2
