class Counter {
    var count = 0
}
let a = Counter()
let b = a
b.count += 5
print(a.count)
func bump(_ c: Counter) {
    c.count += 1
}
bump(a)
print(b.count)

// expect: 5
// expect: 6
