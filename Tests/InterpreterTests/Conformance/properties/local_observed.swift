func countdown(from n: Int) {
    var remaining = n {
        didSet { print("remaining:", remaining) }
    }
    while remaining > 0 { remaining -= 1 }
}
countdown(from: 3)

// expect: remaining: 2
// expect: remaining: 1
// expect: remaining: 0
