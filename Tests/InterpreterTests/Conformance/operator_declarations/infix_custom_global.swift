infix operator +++ : AdditionPrecedence
func +++ (a: Int, b: Int) -> Int { a * 10 + b }
print(1 +++ 2)
print(1 +++ 2 +++ 3)
print(2 * 3 +++ 4)

// expect: 12
// expect: 123
// expect: 64
