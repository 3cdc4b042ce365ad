let xs = [3, 1, 4, 1, 5]
print(xs.first!, xs.last!)
print(xs.min()!, xs.max()!)
let empty: [Int] = []
print(empty.min())

// expect: 3 5
// expect: 1 5
// expect: nil
