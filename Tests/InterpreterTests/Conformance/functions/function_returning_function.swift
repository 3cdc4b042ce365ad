func makeMultiplier(_ k: Int) -> (Int) -> Int {
    func multiply(_ x: Int) -> Int { x * k }
    return multiply
}
let times5 = makeMultiplier(5)
print(times5(3))
print(makeMultiplier(2)(21))

// expect: 15
// expect: 42
