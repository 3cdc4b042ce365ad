enum Light { case red, yellow, green }
func action(_ l: Light) -> String {
    switch l {
    case .red: return "stop"
    case .yellow: return "slow"
    case .green: return "go"
    }
}
for l in [Light.red, .yellow, .green] {
    print(action(l))
}

// expect: stop
// expect: slow
// expect: go
