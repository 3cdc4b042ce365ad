// Sequential from a literal list, from a list variable, and layer by layer with add.
let layers = [Dense(4, inputShape: [3]), Dense(2)]
let a = Sequential(layers)
print(a.countParams(), a.layers.count)   // expect: 26 2
let b = Sequential()
b.add(Dense(4, activation: .relu, inputShape: [3]))
b.add(Dropout(0.5))
b.add(Dense(2))
print(b.countParams(), b.layers.count, b.layers[1] is Dropout)   // expect: 26 3 true
print(b)                                 // expect: <Sequential name=sequential_1, 3 layers, built=true>
print(a.name, a.layers.map { $0.name }) // expect: sequential ["dense", "dense_1"]
print(b.layers.map { $0.name })          // expect: ["dense_2", "dropout", "dense_3"]
func bigModel() -> Sequential {
    Sequential([
        Dense(512, activation: .relu, inputShape: [784]), Dropout(0.2),
        Dense(512, activation: .relu), Dropout(0.2),
        Dense(512, activation: .relu),
        Dense(10, activation: .softmax),
    ])
}
print(bigModel().countParams())          // expect: 932362
let vocabulary = ["good", "bad", "fine"]
let text = Sequential([Dense(2, activation: .sigmoid, inputShape: [vocabulary.count])])
print(text.countParams())                // expect: 8
let models: [(String, Sequential)] = [("a", a), ("b", b)]
print(models.map { $0.1.countParams() }) // expect: [26, 26]
