extension Int {
    func squared() -> Int { self * self }
    var isEven: Bool { self % 2 == 0 }
    func times(_ body: () -> Void) {
        for _ in 0..<self { body() }
    }
}

print(7.squared(), 4.isEven, 7.isEven)
let n = 12
print(n.squared() + 1)
3.times { print("hi") }
print([1, 2, 3, 4].filter { $0.isEven })

// expect: 49 true false
// expect: 145
// expect: hi
// expect: hi
// expect: hi
// expect: [2, 4]
