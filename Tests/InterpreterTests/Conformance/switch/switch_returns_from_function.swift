func sign(_ x: Int) -> Int {
    switch x {
    case ..<0: return -1
    case 0: return 0
    default: return 1
    }
}
print(sign(-4), sign(0), sign(9))

// expect: -1 0 1
