let ages = ["ann": 30]
print(ages["ann"])
print(ages["bob"])
if let a = ages["ann"] {
    print(a + 1)
}

// expect: Optional(30)
// expect: nil
// expect: 31
