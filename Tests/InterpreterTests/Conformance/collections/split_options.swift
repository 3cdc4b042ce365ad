let s = "a,,b,c,"
print(s.split(separator: ","))
print(s.split(separator: ",", omittingEmptySubsequences: false))
print(s.split(separator: ",", maxSplits: 1))
print([1, 0, 2, 0, 0, 3].split(separator: 0).map { Array($0) })
print("a b  c".split(whereSeparator: { $0 == " " }))

// expect: ["a", "b", "c"]
// expect: ["a", "", "b", "c", ""]
// expect: ["a", ",b,c,"]
// expect: [[1], [2], [3]]
// expect: ["a", "b", "c"]
