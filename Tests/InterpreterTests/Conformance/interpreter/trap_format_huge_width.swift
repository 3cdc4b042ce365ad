// record: skip
print(String(format: "%5d|", 42))
print(String(format: "%999999999999999999999d", 1))

// expect:    42|
// expect error: 3: memory limit exceeded
