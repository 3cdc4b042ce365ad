struct Box<T> {
    var value: T
    func map<U>(_ f: (T) -> U) -> Box<U> { Box<U>(value: f(value)) }
}

let b: Box<Double> = Box(value: 2)
print(b.value)
let c = b.map { Int($0 * 10) }
print(c.value)
let words = Box(value: ["a", "b"]).map { $0.joined() }
print(words.value)

// expect: 2.0
// expect: 20
// expect: ab
