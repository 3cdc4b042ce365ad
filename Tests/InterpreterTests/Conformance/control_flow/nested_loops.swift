for i in 1...3 {
    var line = ""
    for j in 1...3 {
        line += String(i * j) + " "
    }
    print(line)
}

// expect: 1 2 3 
// expect: 2 4 6 
// expect: 3 6 9 
