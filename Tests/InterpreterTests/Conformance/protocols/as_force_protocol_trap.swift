protocol Drawable { func draw() -> String }
struct Line: Drawable { func draw() -> String { "----" } }
struct Dot {}

let items: [Any] = [Line(), Dot()]
let first = items[0] as! Drawable
print(first.draw())
let maybe = items[1] as? Drawable
print(maybe == nil)
let second = maybe!
print(second.draw())

// expect: ----
// expect: true
// expect error: 10: Unexpectedly found nil while unwrapping an Optional value
