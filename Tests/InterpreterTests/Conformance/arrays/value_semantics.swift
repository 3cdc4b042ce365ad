var a = [1, 2, 3]
var b = a
b[0] = 100
b.append(4)
print(a)
print(b)

// expect: [1, 2, 3]
// expect: [100, 2, 3, 4]
