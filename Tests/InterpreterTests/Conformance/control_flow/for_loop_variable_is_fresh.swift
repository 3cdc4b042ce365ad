var closures: [() -> Int] = []
for i in 0..<3 {
    closures.append { i * 10 }
}
for c in closures {
    print(c())
}

// expect: 0
// expect: 10
// expect: 20
