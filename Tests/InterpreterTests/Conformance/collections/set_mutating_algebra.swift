var s: Set = [1, 2, 3]
s.formUnion([3, 4])
print(s.sorted())
s.formIntersection([2, 3, 4, 9])
print(s.sorted())
s.subtract([3])
print(s.sorted())
s.formSymmetricDifference([4, 7])
print(s.sorted())

// expect: [1, 2, 3, 4]
// expect: [2, 3, 4]
// expect: [2, 4]
// expect: [2, 7]
