let xs: [Int32] = [5, -3, 12, 0, -100]
print(xs.sorted(), xs.min()!, xs.max()!)
let a: UInt16 = 7
print(a > 3, a == 7, a != 8, a <= 7)

// expect: [-100, -3, 0, 5, 12] -100 12
// expect: true true true true
