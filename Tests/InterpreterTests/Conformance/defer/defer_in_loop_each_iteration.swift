for i in 1...3 {
    defer { print("end of iteration", i) }
    if i == 2 { continue }
    print("body", i)
}
var k = 0
while k < 2 {
    defer { k += 1 }
    print("while", k)
}
print(k)

// expect: body 1
// expect: end of iteration 1
// expect: end of iteration 2
// expect: body 3
// expect: end of iteration 3
// expect: while 0
// expect: while 1
// expect: 2
