let a: Set = [1, 2, 3, 4]
let b: Set = [3, 4, 5]
print(a.union(b).sorted())
print(a.intersection(b).sorted())
print(a.subtracting(b).sorted())
print(a.symmetricDifference(b).sorted())

// expect: [1, 2, 3, 4, 5]
// expect: [3, 4]
// expect: [1, 2]
// expect: [1, 2, 5]
