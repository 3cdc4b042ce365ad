class Widget {
    let label: String
    var text: String = "hi"
    lazy var render: () -> String = { [unowned self] in "<\(self.label)>\(self.text)</\(self.label)>" }
    lazy var shout: () -> String = { [weak self] in
        guard let self = self else { return "gone" }
        return self.text.uppercased()
    }
    init(label: String) { self.label = label }
    deinit { print("widget \(label) freed") }
}
var w: Widget? = Widget(label: "p")
print(w!.render())
w!.text = "changed"
print(w!.render())
print(w!.shout())
let saved = w!.shout
w = nil
print(saved())
class Parent { let n: String; init(n: String) { self.n = n }; deinit { print("parent part of \(n)") } }
class Child: Parent { deinit { print("child part of \(n)") } }
do { let c = Child(n: "x"); print(c.n) }
print("after do")
func make() { let p = Parent(n: "local"); print("made \(p.n)") }
make()
print("end")

// expect: <p>hi</p>
// expect: <p>changed</p>
// expect: CHANGED
// expect: widget p freed
// expect: gone
// expect: x
// expect: child part of x
// expect: parent part of x
// expect: after do
// expect: made local
// expect: parent part of local
// expect: end
