func collatzLength(_ start: Int) -> Int {
    var n = start
    var steps = 1
    while n != 1 {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps += 1
    }
    return steps
}
var best = (start: 1, length: 1)
for i in 1..<10000 {
    let len = collatzLength(i)
    if len > best.length {
        best = (i, len)
    }
}
print(best)

// expect: (start: 6171, length: 262)
