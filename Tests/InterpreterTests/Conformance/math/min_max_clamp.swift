func clamp(_ x: Double, _ lo: Double, _ hi: Double) -> Double {
    max(lo, min(hi, x))
}
print(clamp(5, 0, 1))
print(clamp(-5, 0, 1))
print(clamp(0.5, 0, 1))

// expect: 1.0
// expect: 0.0
// expect: 0.5
