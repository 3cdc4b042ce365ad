prefix operator +++
struct Level {
    var n: Int
    static prefix func +++ (l: inout Level) -> Level {
        l.n += 1
        return l
    }
}
var lv = Level(n: 1)
let after = +++lv
print(after.n, lv.n)

// expect: 2 2
