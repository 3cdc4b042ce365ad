func divmod(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
    (a / b, a % b)
}
let (q, r) = divmod(17, 5)
print(q, r)
print(divmod(9, 4).remainder)

// expect: 3 2
// expect: 1
