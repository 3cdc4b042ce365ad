let names = ["a", "b"]
let scores = [1, 2]
for (i, (n, s)) in zip(names, scores).enumerated() {
    print(i, n, s)
}

// expect: 0 a 1
// expect: 1 b 2
