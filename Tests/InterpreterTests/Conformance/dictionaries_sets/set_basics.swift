var s: Set<Int> = [1, 2, 3]
s.insert(2)
s.insert(4)
print(s.count)
print(s.contains(4), s.contains(9))
s.remove(1)
print(s.sorted())

// expect: 4
// expect: true false
// expect: [2, 3, 4]
