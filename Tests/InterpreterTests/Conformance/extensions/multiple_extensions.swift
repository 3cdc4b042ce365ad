struct S { var v = 1 }
extension S { func a() -> Int { v + 1 } }
extension S { func b() -> Int { a() * 10 } }
print(S().b())

// expect: 20
