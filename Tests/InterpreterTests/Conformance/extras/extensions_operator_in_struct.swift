struct Complex {
    var re: Double
    var im: Double
    static func * (a: Complex, b: Complex) -> Complex {
        Complex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
    }
    static func == (a: Complex, b: Complex) -> Bool {
        a.re == b.re && a.im == b.im
    }
}
let i = Complex(re: 0, im: 1)
print(i * i)
print(i * i == Complex(re: -1, im: 0))

// expect: Complex(re: -1.0, im: 0.0)
// expect: true
