print(Double.infinity)
print(-Double.infinity)
print(Double.nan)
print(1.0 / 0.0)
print(-1.0 / 0.0)

// expect: inf
// expect: -inf
// expect: nan
// expect: inf
// expect: -inf
