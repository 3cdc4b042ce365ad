print([-1, -2])
print([-0.5, -0.0])
print((-1, -2.5))

// expect: [-1, -2]
// expect: [-0.5, -0.0]
// expect: (-1, -2.5)
