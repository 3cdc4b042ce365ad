let xs = [10, 11, 12, 13]
let oddPositions = xs.enumerated().filter { $0.offset % 2 == 1 }.map { $0.element }
print(oddPositions)

// expect: [11, 13]
