let n = 2
let s = """
Items: \(n)
Done
"""
print(s)

// expect: Items: 2
// expect: Done
