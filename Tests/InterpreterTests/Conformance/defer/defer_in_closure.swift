let run = { (n: Int) -> Int in
    defer { print("closure done with", n) }
    print("closure running")
    return n * 2
}
print(run(4))
let items = [1, 2].map { x -> Int in
    defer { print("mapped", x) }
    return x + 10
}
print(items)

// expect: closure running
// expect: closure done with 4
// expect: 8
// expect: mapped 1
// expect: mapped 2
// expect: [11, 12]
