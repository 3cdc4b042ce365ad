let n = 3
for i in 0..<n + 1 {
    print(i, terminator: " ")
}
print()
print((1...n * 2).count)

// expect: 0 1 2 3 
// expect: 6
