print(Double.leastNonzeroMagnitude)
print(Double.leastNormalMagnitude)
print(Float.greatestFiniteMagnitude)

// expect: 5e-324
// expect: 2.2250738585072014e-308
// expect: 3.4028235e+38
