struct Squares {
    subscript(n: Int) -> Int { n * n }
}
let sq = Squares()
print(sq[3], sq[12])
for i in 1...4 { print(i, sq[i]) }

// expect: 9 144
// expect: 1 1
// expect: 2 4
// expect: 3 9
// expect: 4 16
