protocol Greeter {
    func greet(_ who: String) -> String
}

struct English: Greeter {
    func greet(_ who: String) -> String { "Hello, \(who)!" }
}

struct French: Greeter {
    func greet(_ who: String) -> String { "Bonjour, \(who) !" }
}

class Pirate: Greeter {
    var times = 0
    func greet(_ who: String) -> String {
        times += 1
        return "Ahoy \(who) #\(times)"
    }
}

let greeters: [Greeter] = [English(), French(), Pirate()]
for g in greeters {
    print(g.greet("Ana"))
}
let p = Pirate()
_ = p.greet("x")
print(p.greet("y"))

// expect: Hello, Ana!
// expect: Bonjour, Ana !
// expect: Ahoy Ana #1
// expect: Ahoy y #2
