let n = 7
let kind = n % 2 == 0 ? "even" : "odd"
print(kind)
let nested = n > 10 ? "big" : n > 5 ? "medium" : "small"
print(nested)

// expect: odd
// expect: medium
