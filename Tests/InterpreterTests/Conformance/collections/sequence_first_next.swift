let powers = sequence(first: 1, next: { $0 < 100 ? $0 * 3 : nil })
print(Array(powers))
let countdown = sequence(first: 5) { $0 > 0 ? $0 - 1 : nil }
print(countdown.map { $0 * 10 })

// expect: [1, 3, 9, 27, 81, 243]
// expect: [50, 40, 30, 20, 10, 0]
