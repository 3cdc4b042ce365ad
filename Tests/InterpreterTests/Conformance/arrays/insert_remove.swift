var xs = [1, 2, 3]
xs.insert(0, at: 0)
xs.insert(9, at: 2)
print(xs)
let removed = xs.remove(at: 1)
print(removed, xs)
print(xs.removeFirst(), xs.removeLast(), xs)
xs.removeAll()
print(xs)

// expect: [0, 1, 9, 2, 3]
// expect: 1 [0, 9, 2, 3]
// expect: 0 3 [9, 2]
// expect: []
