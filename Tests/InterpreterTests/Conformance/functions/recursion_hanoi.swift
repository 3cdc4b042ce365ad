var moves = 0
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String) {
    if n == 0 { return }
    hanoi(n - 1, from, via, to)
    moves += 1
    if n == 3 { print("move disk 3 from \(from) to \(to)") }
    hanoi(n - 1, via, to, from)
}
hanoi(4, "A", "C", "B")
print(moves)

// expect: move disk 3 from A to B
// expect: move disk 3 from B to C
// expect: 15
