var xs = Array(1...10)
xs.removeAll(where: { $0 % 3 == 0 })
print(xs)
xs.swapAt(0, xs.count - 1)
print(xs)
print(xs.elementsEqual([10, 2, 4, 5, 7, 8, 1]))

// expect: [1, 2, 4, 5, 7, 8, 10]
// expect: [10, 2, 4, 5, 7, 8, 1]
// expect: true
