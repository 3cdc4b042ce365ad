var total = 0 {
    didSet { print("total is now \(total)") }
}
func add(_ n: Int) { total += n }
add(3)
add(4)
print(total)

// expect: total is now 3
// expect: total is now 7
// expect: 7
