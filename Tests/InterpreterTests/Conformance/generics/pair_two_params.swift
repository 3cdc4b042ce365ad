struct Pair<A, B> {
    var first: A
    var second: B

    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
}

let p = Pair(first: 1, second: "one")
print(p.first, p.second)
let q = p.swapped()
print(q.first, q.second)
print(p)

// expect: 1 one
// expect: one 1
// expect: Pair<Int, String>(first: 1, second: "one")
