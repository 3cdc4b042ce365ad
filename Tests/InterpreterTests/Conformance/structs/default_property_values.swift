struct Config {
    var rate = 0.1
    var epochs = 10
    var name = "run"
}
let a = Config()
let b = Config(rate: 0.5, epochs: 3, name: "fast")
let c = Config(epochs: 99)
print(a)
print(b)
print(c.epochs, c.rate)

// expect: Config(rate: 0.1, epochs: 10, name: "run")
// expect: Config(rate: 0.5, epochs: 3, name: "fast")
// expect: 99 0.1
