print([Double.infinity, -Double.infinity, 1e-300, 1e300])
print([Double.nan])

// expect: [inf, -inf, 1e-300, 1e+300]
// expect: [nan]
