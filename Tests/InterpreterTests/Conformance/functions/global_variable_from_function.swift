var total = 0
func addToTotal(_ n: Int) {
    total += n
}
addToTotal(3)
addToTotal(4)
print(total)

// expect: 7
