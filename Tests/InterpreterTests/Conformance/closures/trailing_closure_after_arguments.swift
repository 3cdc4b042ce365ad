func measure(_ label: String, repeat n: Int, _ body: (Int) -> Int) -> Int {
    var total = 0
    for i in 0..<n { total += body(i) }
    print(label, total)
    return total
}
let r = measure("squares", repeat: 4) { $0 * $0 }
print(r)

// expect: squares 14
// expect: 14
