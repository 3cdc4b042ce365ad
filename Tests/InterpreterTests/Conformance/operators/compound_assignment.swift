var x = 10
x += 5
x -= 3
x *= 2
x /= 4
x %= 4
print(x)
var d = 1.5
d *= 4
d /= 3
d -= 0.5
print(d)

// expect: 2
// expect: 1.5
