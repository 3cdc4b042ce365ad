func permutations(_ xs: [Int]) -> [[Int]] {
    if xs.count <= 1 { return [xs] }
    var result: [[Int]] = []
    for i in 0..<xs.count {
        var rest = xs
        let head = rest.remove(at: i)
        for p in permutations(rest) {
            result.append([head] + p)
        }
    }
    return result
}
print(permutations([1, 2, 3]))

// expect: [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]
