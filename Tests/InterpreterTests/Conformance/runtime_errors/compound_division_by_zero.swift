var x = 100
let divisors = [2, 0]
var d = divisors[0]
x /= d
print(x)
d = divisors[1]
x /= d

// expect: 50
// expect error: 7: Division by zero
