enum Color { case red, green }
var counts: [Color: Int] = [:]
for c in [Color.red, .green, .red] {
    counts[c, default: 0] += 1
}
print(counts[.red]!, counts[.green]!)

// expect: 2 1
