// record: skip
print(String(format: "%99999999999s", "a"))

// expect error: 1: memory limit exceeded
