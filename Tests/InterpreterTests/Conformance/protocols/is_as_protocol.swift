protocol Flyer { func fly() -> String }
protocol Swimmer { func swim() -> String }

struct Duck: Flyer, Swimmer {
    func fly() -> String { "duck flies" }
    func swim() -> String { "duck swims" }
}
struct Fish: Swimmer {
    func swim() -> String { "fish swims" }
}
struct Rock {}

let things: [Any] = [Duck(), Fish(), Rock(), 42]
for t in things {
    if let f = t as? Flyer { print(f.fly()) }
    if let s = t as? Swimmer { print(s.swim()) }
    print(t is Flyer, t is Swimmer)
}
let flyers = things.compactMap { $0 as? Flyer }
print(flyers.count)

// expect: duck flies
// expect: duck swims
// expect: true true
// expect: fish swims
// expect: false true
// expect: false false
// expect: false false
// expect: 1
