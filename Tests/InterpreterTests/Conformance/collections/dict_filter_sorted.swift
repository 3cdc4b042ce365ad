let scores = ["ann": 90, "bob": 72, "cy": 85, "dee": 60]
let passed = scores.filter { $0.value >= 75 }
print(passed.count)
let ranked = scores.sorted { $0.value > $1.value }
for entry in ranked { print(entry.key, entry.value) }
print(ranked.first!.key)

// expect: 2
// expect: ann 90
// expect: cy 85
// expect: bob 72
// expect: dee 60
// expect: ann
