// record: skip
print(String(format: "%d", 3.0))
print(String(format: "%d", Double.nan))

// expect: 3
// expect error: 3: infinite or NaN
