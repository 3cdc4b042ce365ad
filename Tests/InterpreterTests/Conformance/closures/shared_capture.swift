func makePair() -> (() -> Void, () -> Int) {
    var value = 0
    let inc = { value += 5 }
    let get = { value }
    return (inc, get)
}
let (inc, get) = makePair()
inc()
inc()
print(get())

// expect: 10
