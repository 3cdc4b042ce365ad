let x = 5
print(x > 3 && x < 10)
print(x < 3 || x == 5)
print(!(x == 5))
print(x >= 5, x <= 4, x != 6)

// expect: true
// expect: true
// expect: false
// expect: true false true
