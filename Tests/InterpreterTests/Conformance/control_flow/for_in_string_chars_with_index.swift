var i = 0
for ch in "hey" {
    print(i, ch)
    i += 1
}

// expect: 0 h
// expect: 1 e
// expect: 2 y
