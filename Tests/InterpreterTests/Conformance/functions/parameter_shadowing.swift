let x = 100
func f(_ x: Int) -> Int { x + 1 }
print(f(1), x)

// expect: 2 100
