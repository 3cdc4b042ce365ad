enum Dir { case left, right }
extension Dir {
    var opposite: Dir {
        switch self {
        case .left: return .right
        case .right: return .left
        }
    }
}
print(Dir.left.opposite)

// expect: right
