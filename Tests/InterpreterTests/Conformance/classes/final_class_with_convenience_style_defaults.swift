final class Layer {
    let units: Int
    let activation: String
    init(units: Int, activation: String = "relu") {
        self.units = units
        self.activation = activation
    }
}
let l = Layer(units: 8)
print(l.units, l.activation)

// expect: 8 relu
