func increment(_ x: inout Int, by step: Int = 1) {
    x += step
}
var counter = 0
increment(&counter)
increment(&counter, by: 5)
print(counter)

// expect: 6
