let xs = [1, 2, 3]
print(Array(xs.reversed()))
for x in xs.reversed() {
    print(x, terminator: " ")
}
print()
var ys = xs
ys.reverse()
print(ys)

// expect: [3, 2, 1]
// expect: 3 2 1 
// expect: [3, 2, 1]
