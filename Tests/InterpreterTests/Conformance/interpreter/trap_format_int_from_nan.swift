// record: skip
print(String(format: "%d", 3.0))
print(String(format: "%d", Double.nan))

// expect: 3
// expect error: 2: infinite or NaN
