var n = 0
counting: repeat {
    n += 1
    if n % 2 == 0 { continue counting }
    if n > 6 { break counting }
    print(n)
} while n < 100

// expect: 1
// expect: 3
// expect: 5
