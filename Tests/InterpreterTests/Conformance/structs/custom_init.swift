struct Fraction {
    var num: Int
    var den: Int
    init(_ n: Int, _ d: Int) {
        var a = n
        var b = d
        while b != 0 {
            let t = b
            b = a % b
            a = t
        }
        num = n / a
        den = d / a
    }
}
let f = Fraction(6, 8)
print(f.num, f.den)
print(f)

// expect: 3 4
// expect: Fraction(num: 3, den: 4)
