let s = "café"
print(s.utf8.count)
print(Array(s.utf8))
var sum = 0
for b in s.utf8 { sum += Int(b) }
print(sum)
print(s.utf8.map { String($0, radix: 16) })

// expect: 5
// expect: [99, 97, 102, 195, 169]
// expect: 662
// expect: ["63", "61", "66", "c3", "a9"]
