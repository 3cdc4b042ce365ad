var sums: [Int] = []
var running = 0
[1, 2, 3, 4].forEach { x in
    running += x
    sums.append(running)
}
print(sums)

// expect: [1, 3, 6, 10]
