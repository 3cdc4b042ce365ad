func where_(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0):
        return "origin"
    case (_, 0):
        return "x-axis"
    case (0, _):
        return "y-axis"
    case (-2...2, -2...2):
        return "near"
    default:
        return "far"
    }
}
print(where_((0, 0)))
print(where_((3, 0)))
print(where_((0, -1)))
print(where_((1, 1)))
print(where_((5, 5)))

// expect: origin
// expect: x-axis
// expect: y-axis
// expect: near
// expect: far
