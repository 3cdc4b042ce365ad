var a = [Int]()
var b: [String] = []
var c = Array<Double>()
print(a, b, c)
a.append(1)
print(a.count, b.isEmpty, c.isEmpty)

// expect: [] [] []
// expect: 1 true true
