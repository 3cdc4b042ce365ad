enum Toggle {
    case on, off
    mutating func flip() {
        switch self {
        case .on: self = .off
        case .off: self = .on
        }
    }
}
var t = Toggle.off
t.flip()
print(t)
t.flip()
print(t)

// expect: on
// expect: off
