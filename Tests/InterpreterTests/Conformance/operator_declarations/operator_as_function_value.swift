infix operator <+> : AdditionPrecedence
func <+> (a: String, b: String) -> String { a + "-" + b }
let joined = ["a", "b", "c"].reduce("start", <+>)
print(joined)
let op: (String, String) -> String = (<+>)
print(op("x", "y"))

// expect: start-a-b-c
// expect: x-y
