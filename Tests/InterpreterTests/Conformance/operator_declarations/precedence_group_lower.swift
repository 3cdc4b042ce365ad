precedencegroup PipePrecedence {
    associativity: left
    lowerThan: AdditionPrecedence
}
infix operator |> : PipePrecedence
func |> (x: Int, f: (Int) -> Int) -> Int { f(x) }
let double = { (n: Int) in n * 2 }
let inc = { (n: Int) in n + 1 }
print(3 + 1 |> double |> inc)

// expect: 9
