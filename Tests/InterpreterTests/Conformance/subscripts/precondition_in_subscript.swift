struct Safe {
    var data = [10, 20]
    subscript(i: Int) -> Int {
        guard i >= 0 && i < data.count else { fatalError("bad index") }
        return data[i]
    }
}
let s = Safe()
print(s[1])
print(s[-1])

// expect: 20
// expect error: 4: bad index
