class Layer {
    var name: String
    var calls = 0
    init(name: String) { self.name = name }
    func forward(_ x: Double) -> Double {
        calls += 1
        return x
    }
    var summary: String { "\(name) (\(kind()))" }
    func kind() -> String { "layer" }
}
class Dense: Layer {
    var weight: Double
    init(name: String, weight: Double) {
        self.weight = weight
        super.init(name: name)
    }
    override func forward(_ x: Double) -> Double {
        let y = super.forward(x)
        return y * weight
    }
    override func kind() -> String { "dense" }
}
class ReLUDense: Dense {
    var clipped = 0
    override func forward(_ x: Double) -> Double {
        let y = super.forward(x)
        if y < 0 { clipped += 1; return 0 }
        return y
    }
    override func kind() -> String { "relu " + super.kind() }
    override var summary: String { "[" + super.summary + "]" }
}
extension Layer {
    func describeCalls() -> String { "\(name): \(calls) call(s)" }
}
let layers: [Layer] = [Layer(name: "id"), Dense(name: "d", weight: 2), ReLUDense(name: "r", weight: -1)]
var x = 1.5
for l in layers {
    x = l.forward(x)
    print(l.summary, x)
}
print(layers[2].forward(-4), layers[2].forward(4))
for l in layers {
    print(l.describeCalls(), l is Dense, l is ReLUDense, (l as? Dense)?.weight ?? 0)
}
if let r = layers[2] as? ReLUDense { print("clipped", r.clipped) }
let d: Layer = Dense(name: "copy", weight: 3)
let alias = d
alias.name = "renamed"
print(d.name, d.summary)

// expect: id (layer) 1.5
// expect: d (dense) 3.0
// expect: [r (relu dense)] 0.0
// expect: 4.0 0.0
// expect: id: 1 call(s) false false 0
// expect: d: 1 call(s) true false 2.0
// expect: r: 3 call(s) true true -1.0
// expect: clipped 2
// expect: renamed renamed (dense)
