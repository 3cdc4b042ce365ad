// Subscripts declared in a protocol extension apply to conforming types beside their own
// subscripts (the one whose parameter type fits is used), also to Array conforming through an
// extension.
protocol Indexed {
    associatedtype Element
    var count: Int { get }
    subscript(i: Int) -> Element { get }
}

extension Indexed {
    subscript(positions: [Int]) -> [Element] {
        var out: [Element] = []
        for p in positions where p < count { out.append(self[p]) }
        return out
    }
    subscript(last n: Int) -> [Element] {
        var out: [Element] = []
        for p in max(0, count - n)..<count { out.append(self[p]) }
        return out
    }
}

struct Squares: Indexed {
    var count: Int
    subscript(i: Int) -> Int { i * i }
}

final class Letters: Indexed {
    let text: [Character]
    init(_ s: String) { text = Array(s) }
    var count: Int { text.count }
    subscript(i: Int) -> Character { text[i] }
}

extension Array: Indexed {}

let sq = Squares(count: 6)
print(sq[3], sq[[1, 2, 5, 9]], sq[last: 2])
let letters = Letters("swift")
print(letters[0], letters[[4, 0]], letters[last: 3])
let words = ["a", "b", "c", "d"]
print(words[2], words[[3, 1]], words[last: 2])

// expect: 9 [1, 4, 25] [16, 25]
// expect: s ["t", "s"] ["i", "f", "t"]
// expect: c ["d", "b"] ["c", "d"]
