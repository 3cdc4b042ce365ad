var xs = [10, 20, 30]
print(xs[0], xs[2])
xs[1] = 99
xs[0] += 1
print(xs)

// expect: 10 30
// expect: [11, 99, 30]
