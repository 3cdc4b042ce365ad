let ages = ["ann": 30]
print(ages["ann"]!)
let b = ages["bob"]!
print(b)

// expect: 30
// expect error: 3: Unexpectedly found nil while unwrapping an Optional value
