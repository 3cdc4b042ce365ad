let a: Set = [1, 2]
let b: Set = [1, 2, 3]
print(a.isSubset(of: b))
print(b.isSuperset(of: a))
print(a.isDisjoint(with: [5]))

// expect: true
// expect: true
// expect: true
