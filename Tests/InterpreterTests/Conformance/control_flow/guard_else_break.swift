var i = 0
while true {
    guard i < 3 else { break }
    print(i)
    i += 1
}

// expect: 0
// expect: 1
// expect: 2
