// record: skip
print((-5).magnitude)
print(Int.min.magnitude)

// expect: 5
// expect error: 3: overflow
