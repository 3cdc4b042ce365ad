var xs: [Int] = []
print(xs.isEmpty)
xs.append(0)
print(xs.isEmpty)

// expect: true
// expect: false
