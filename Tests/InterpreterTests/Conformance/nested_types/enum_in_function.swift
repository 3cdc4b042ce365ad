func classify(_ n: Int) -> String {
    enum Kind: String { case negative, zero, positive }
    let k: Kind = n < 0 ? .negative : (n == 0 ? .zero : .positive)
    return k.rawValue
}

print([-2, 0, 5].map(classify))

// expect: ["negative", "zero", "positive"]
