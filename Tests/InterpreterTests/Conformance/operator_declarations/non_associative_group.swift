precedencegroup RangeFormation2 {
    associativity: none
    higherThan: ComparisonPrecedence
}
infix operator <-> : RangeFormation2
func <-> (a: Int, b: Int) -> [Int] { Array(a...b) }
print(1 <-> 4)
print((2 <-> 3).count == 2)

// expect: [1, 2, 3, 4]
// expect: true
