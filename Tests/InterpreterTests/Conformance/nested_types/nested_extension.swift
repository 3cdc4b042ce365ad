struct Pizza {
    enum Size { case small, large }
    var size: Size
}

extension Pizza.Size {
    var inches: Int {
        switch self {
        case .small: return 10
        case .large: return 14
        }
    }
}

let p = Pizza(size: .large)
print(p.size.inches, Pizza.Size.small.inches)

// expect: 14 10
