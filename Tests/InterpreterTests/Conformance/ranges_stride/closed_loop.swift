for i in 1...3 {
    print(i * i)
}

// expect: 1
// expect: 4
// expect: 9
