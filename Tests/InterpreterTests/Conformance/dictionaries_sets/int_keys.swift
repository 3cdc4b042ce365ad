var squares: [Int: Int] = [:]
for i in 1...4 {
    squares[i] = i * i
}
for k in squares.keys.sorted() {
    print(k, squares[k]!)
}

// expect: 1 1
// expect: 2 4
// expect: 3 9
// expect: 4 16
