let r: Result<Int, Error> = .success(4)
let doubled = r.map { $0 * 2 }
print(try! doubled.get())

// expect: 8
