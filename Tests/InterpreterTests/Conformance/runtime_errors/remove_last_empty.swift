var xs = [1]
print(xs.removeLast())
xs.removeLast()

// expect: 1
// expect error: 3: Can't remove last element from an empty collection
