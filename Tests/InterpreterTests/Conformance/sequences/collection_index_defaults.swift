// The index API Collection gives a notebook type from startIndex, endIndex and index(after:).
struct Squares: Collection {
    let n: Int
    var startIndex: Int { 0 }
    var endIndex: Int { n }
    func index(after i: Int) -> Int { i + 1 }
    subscript(i: Int) -> Int { i * i }
}
let sq = Squares(n: 6)
let third = sq.index(sq.startIndex, offsetBy: 3)
print(sq[third], sq.distance(from: 1, to: 5), sq.indices.map { $0 * 10 })
print(sq.index(0, offsetBy: 4, limitedBy: 3) as Any, sq.index(0, offsetBy: 3, limitedBy: 3) as Any)
print(sq.firstIndex(of: 9) as Any, sq.firstIndex { $0 > 10 } as Any)

// An index that is not an Int: a wrapped position, with index(before:) for negative offsets.
struct Pos: Comparable {
    var raw: Int
    static func < (a: Pos, b: Pos) -> Bool { a.raw < b.raw }
}
struct Letters: BidirectionalCollection {
    var chars: [Character]
    var startIndex: Pos { Pos(raw: 0) }
    var endIndex: Pos { Pos(raw: chars.count) }
    func index(after i: Pos) -> Pos { Pos(raw: i.raw + 1) }
    func index(before i: Pos) -> Pos { Pos(raw: i.raw - 1) }
    subscript(i: Pos) -> Character { chars[i.raw] }
}
let word = Letters(chars: Array("swift"))
let back = word.index(word.endIndex, offsetBy: -2)
print(word[back], word.distance(from: word.startIndex, to: back), word.distance(from: back, to: word.startIndex))
if let i = word.firstIndex(of: "i") { print(i.raw, word[i]) }
print(word.last!, String(word.reversed()), word.indices.count, word.lastIndex { $0 < "m" }!.raw)

// AnyIterator as a declared type, and AnySequence over it.
func evens(upTo limit: Int) -> AnyIterator<Int> {
    var k = 0
    return AnyIterator {
        k += 2
        return k > limit ? nil : k
    }
}
let it: AnyIterator<Int> = evens(upTo: 8)
print(Array(it))
let seq: AnySequence<Int> = AnySequence { evens(upTo: 6) }
print(seq.map { $0 + 1 }, seq.reduce(0, +))
var words: [AnyIterator<String>] = [AnyIterator(["a", "b"].makeIterator())]
print(words[0].next() ?? "-", words[0].next() ?? "-", words[0].next() ?? "-")

// expect: 9 4 [0, 10, 20, 30, 40, 50]
// expect: nil Optional(3)
// expect: Optional(3) Optional(4)
// expect: f 3 -3
// expect: 2 i
// expect: t tfiws 5 3
// expect: [2, 4, 6, 8]
// expect: [3, 5, 7] 12
// expect: a b -
