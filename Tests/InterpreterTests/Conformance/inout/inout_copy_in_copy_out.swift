var counter = 0
func bumpTwice(_ x: inout Int) {
    x += 1
    print("inside", x)
    x += 1
}
bumpTwice(&counter)
print(counter)

// expect: inside 1
// expect: 2
