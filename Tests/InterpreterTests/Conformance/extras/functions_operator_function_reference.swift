let ops: [(Int, Int) -> Int] = [(+), (-), (*)]
for op in ops {
    print(op(6, 3))
}

// expect: 9
// expect: 3
// expect: 18
