var a = [[1, 2], [3]]
var b = a
b[0][0] = 99
b[1].append(4)
print(a)
print(b)

// expect: [[1, 2], [3]]
// expect: [[99, 2], [3, 4]]
