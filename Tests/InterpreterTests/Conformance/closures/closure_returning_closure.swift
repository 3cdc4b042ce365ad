let adder = { (a: Int) -> (Int) -> Int in
    return { b in a + b }
}
print(adder(3)(4))

// expect: 7
