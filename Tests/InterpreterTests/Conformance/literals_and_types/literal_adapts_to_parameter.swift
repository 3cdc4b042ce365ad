func half(_ x: Double) -> Double { x / 2 }
print(half(3))
func asDouble() -> Double { return 1 }
print(asDouble())
let xs: [Double] = [1, 2]
print(xs)
let f: Float = 3
print(f)

// expect: 1.5
// expect: 1.0
// expect: [1.0, 2.0]
// expect: 3.0
