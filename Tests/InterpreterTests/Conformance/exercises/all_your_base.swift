// All your base: convert a digit sequence from one base to another.
enum BaseError: Error, Equatable {
    case invalidInputBase, invalidOutputBase, invalidDigit(Int)
}

func rebase(_ digits: [Int], from inputBase: Int, to outputBase: Int) throws -> [Int] {
    guard inputBase >= 2 else { throw BaseError.invalidInputBase }
    guard outputBase >= 2 else { throw BaseError.invalidOutputBase }
    if let bad = digits.first(where: { !(0..<inputBase).contains($0) }) { throw BaseError.invalidDigit(bad) }
    var value = digits.reduce(0) { $0 * inputBase + $1 }
    guard value > 0 else { return [0] }
    var result: [Int] = []
    while value > 0 {
        result.insert(value % outputBase, at: 0)
        value /= outputBase
    }
    return result
}
// cell
let cases: [([Int], Int, Int)] = [([1], 2, 10), ([1, 0, 1], 2, 10), ([5], 10, 2), ([1, 0, 1, 0, 1, 0], 2, 10),
                                  ([4, 2], 10, 2), ([1, 1, 2, 0], 3, 16), ([2, 10], 16, 3), ([3, 46, 60], 97, 73),
                                  ([], 2, 10), ([0], 10, 2), ([0, 0, 0], 10, 2), ([0, 6, 0], 7, 10),
                                  ([0], 1, 10), ([1], -2, 10), ([1, -1, 1, 0, 1, 0], 2, 10), ([1, 2, 1, 0, 1, 0], 2, 10),
                                  ([1, 0, 1, 0, 1, 0], 2, 1), ([7], 10, 0)]
for (digits, from, to) in cases {
    do {
        print(digits, from, to, "->", try rebase(digits, from: from, to: to))
    } catch {
        print(digits, from, to, "->", error)
    }
}

// expect: [1] 2 10 -> [1]
// expect: [1, 0, 1] 2 10 -> [5]
// expect: [5] 10 2 -> [1, 0, 1]
// expect: [1, 0, 1, 0, 1, 0] 2 10 -> [4, 2]
// expect: [4, 2] 10 2 -> [1, 0, 1, 0, 1, 0]
// expect: [1, 1, 2, 0] 3 16 -> [2, 10]
// expect: [2, 10] 16 3 -> [1, 1, 2, 0]
// expect: [3, 46, 60] 97 73 -> [6, 10, 45]
// expect: [] 2 10 -> [0]
// expect: [0] 10 2 -> [0]
// expect: [0, 0, 0] 10 2 -> [0]
// expect: [0, 6, 0] 7 10 -> [4, 2]
// expect: [0] 1 10 -> invalidInputBase
// expect: [1] -2 10 -> invalidInputBase
// expect: [1, -1, 1, 0, 1, 0] 2 10 -> invalidDigit(-1)
// expect: [1, 2, 1, 0, 1, 0] 2 10 -> invalidDigit(2)
// expect: [1, 0, 1, 0, 1, 0] 2 1 -> invalidOutputBase
// expect: [7] 10 0 -> invalidOutputBase
