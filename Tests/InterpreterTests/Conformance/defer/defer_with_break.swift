var i = 0
while true {
    defer { i += 1 }
    if i == 3 { break }
    print(i)
}
print("i =", i)

// expect: 0
// expect: 1
// expect: 2
// expect: i = 4
