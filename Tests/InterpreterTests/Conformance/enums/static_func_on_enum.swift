enum Activation: String {
    case relu, sigmoid
    static func parse(_ s: String) -> Activation {
        Activation(rawValue: s) ?? .relu
    }
}
print(Activation.parse("sigmoid"))
print(Activation.parse("nope"))

// expect: sigmoid
// expect: relu
