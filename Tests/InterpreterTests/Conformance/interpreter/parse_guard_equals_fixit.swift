// record: skip
let a �= 1
print(a)

// expect error: 2:10: must have consistent whitespace
