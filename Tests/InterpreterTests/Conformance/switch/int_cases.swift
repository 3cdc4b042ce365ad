func name(_ n: Int) -> String {
    switch n {
    case 0:
        return "zero"
    case 1:
        return "one"
    case 2, 3:
        return "two or three"
    default:
        return "many"
    }
}
for n in 0...4 {
    print(name(n))
}

// expect: zero
// expect: one
// expect: two or three
// expect: two or three
// expect: many
