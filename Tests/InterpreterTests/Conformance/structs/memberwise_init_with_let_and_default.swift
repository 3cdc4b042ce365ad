struct Layer {
    let units: Int
    var activation = "linear"
}
print(Layer(units: 4))
print(Layer(units: 2, activation: "relu"))

// expect: Layer(units: 4, activation: "linear")
// expect: Layer(units: 2, activation: "relu")
