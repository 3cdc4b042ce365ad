for i in 1...10 where i % 3 == 0 {
    print(i)
}

// expect: 3
// expect: 6
// expect: 9
