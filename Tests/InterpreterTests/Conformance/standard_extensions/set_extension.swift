extension Set {
    func isDisjointWith(_ other: Set<Element>) -> Bool {
        intersection(other).isEmpty
    }
}

let a: Set = [1, 2, 3]
let b: Set = [4, 5]
let c: Set = [3, 9]
print(a.isDisjointWith(b), a.isDisjointWith(c))

// expect: true false
