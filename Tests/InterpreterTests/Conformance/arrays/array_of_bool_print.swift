let flags = [true, false]
print(flags)

// expect: [true, false]
