protocol Drawable { func draw() -> String }
struct Line: Drawable { func draw() -> String { "----" } }
struct Dot {}

let items: [Any] = [Line(), Dot()]
let first = items[0] as! Drawable
print(first.draw())
let second = items[1] as! Drawable
print(second.draw())
// expect error: 8: Could not cast value of type
