struct Counter { var n = 0 }
var c: Counter? = Counter()
c?.n += 5
print(c?.n ?? -1)
c = nil
c?.n += 5
print(c?.n ?? -1)

// expect: 5
// expect: -1
