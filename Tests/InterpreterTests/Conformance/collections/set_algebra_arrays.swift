let a: Set = [1, 2, 3, 4]
print(a.union([5, 3]).sorted())
print(a.intersection([2, 4, 6]).sorted())
print(a.subtracting([1, 2]).sorted())
print(a.symmetricDifference([4, 5]).sorted())
print(a.isSubset(of: [1, 2, 3, 4, 5]), a.isSuperset(of: [1, 2]), a.isDisjoint(with: [9]))

// expect: [1, 2, 3, 4, 5]
// expect: [2, 4]
// expect: [3, 4]
// expect: [1, 2, 3, 5]
// expect: true true true
