print(Double.pi)
print(Double.infinity)
print(-Double.infinity)
print(Double.greatestFiniteMagnitude)

// expect: 3.141592653589793
// expect: inf
// expect: -inf
// expect: 1.7976931348623157e+308
