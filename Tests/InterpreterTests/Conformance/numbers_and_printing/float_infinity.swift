let f: Float = .infinity
print(f)
print(-f)
print(Float.nan)

// expect: inf
// expect: -inf
// expect: nan
