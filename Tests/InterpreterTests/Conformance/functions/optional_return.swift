func find(_ x: Int, in xs: [Int]) -> Int? {
    for (i, v) in xs.enumerated() where v == x {
        return i
    }
    return nil
}
print(find(3, in: [1, 2, 3]) ?? -1)
print(find(9, in: [1, 2, 3]) ?? -1)

// expect: 2
// expect: -1
