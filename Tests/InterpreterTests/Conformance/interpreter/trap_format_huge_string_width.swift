// record: skip
print(String(format: "%99999999999s", "a"))

// expect error: 2: memory limit exceeded
