struct Traffic {
    enum Light { case red, yellow, green }
    var light: Light = .red

    mutating func advance() {
        switch light {
        case .red: light = .green
        case .green: light = .yellow
        case .yellow: light = .red
        }
    }
}

var t = Traffic()
t.advance()
print(t.light)
print(t)
print([Traffic.Light.red, .green])
let l: Traffic.Light = .yellow
print(l == .yellow)

// expect: green
// expect: Traffic(light: main.Traffic.Light.green)
// expect: [main.Traffic.Light.red, main.Traffic.Light.green]
// expect: true
