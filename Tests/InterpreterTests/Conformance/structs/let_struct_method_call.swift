struct Greeter {
    let greeting: String
    func greet(_ who: String) -> String { "\(greeting), \(who)!" }
}
let g = Greeter(greeting: "Hi")
print(g.greet("Sam"))

// expect: Hi, Sam!
