let xs = [1, 2, 3]
let ys = ["a", "b"]
for (x, y) in zip(xs, ys) {
    print(x, y)
}
print(Array(zip(xs, ys)).count)

// expect: 1 a
// expect: 2 b
// expect: 2
