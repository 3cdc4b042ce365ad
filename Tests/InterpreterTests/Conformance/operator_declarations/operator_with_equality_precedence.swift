infix operator ≈ : ComparisonPrecedence
func ≈ (a: Double, b: Double) -> Bool { abs(a - b) < 0.001 }
print(0.1 + 0.2 ≈ 0.3)
print(1.0 ≈ 1.1)
print(0.1 + 0.2 == 0.3)

// expect: true
// expect: false
// expect: false
