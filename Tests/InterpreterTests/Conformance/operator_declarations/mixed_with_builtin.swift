infix operator %% : MultiplicationPrecedence
func %% (a: Int, b: Int) -> Int {
    let r = a % b
    return r < 0 ? r + b : r
}
print(-7 %% 3, 7 %% 3, -7 % 3)
print(1 + -8 %% 5 * 2)

// expect: 2 1 -1
// expect: 5
