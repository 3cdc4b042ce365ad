protocol Named { var name: String { get } }
protocol Aged { var age: Int { get } }

struct Cat: Named, Aged {
    var name: String
    var age: Int
}

func birthday(_ x: Named & Aged) -> String {
    "Happy \(x.age + 1), \(x.name)!"
}

print(birthday(Cat(name: "Tom", age: 3)))
let pair: [any Named & Aged] = [Cat(name: "A", age: 1), Cat(name: "B", age: 9)]
print(pair.map { $0.name + String($0.age) })

// expect: Happy 4, Tom!
// expect: ["A1", "B9"]
