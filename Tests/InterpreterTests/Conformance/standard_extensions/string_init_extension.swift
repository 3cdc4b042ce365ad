extension String {
    init(bars n: Int) {
        self = String(repeating: "|", count: n)
    }

    init(pair a: Int, _ b: Int) {
        self = "\(a)-\(b)"
    }
}

print(String(bars: 4))
print(String(pair: 3, 9))
print(String(42), String("x"))

// expect: ||||
// expect: 3-9
// expect: 42 x
