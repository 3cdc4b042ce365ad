// `var a, b: T` gives both names the type; a lazy property of a struct is computed once per value.
struct Rect {
    var width, height: Double
    var area: Double { width * height }
}
let r = Rect(width: 3, height: 2)
print(r, r.area)
var count = 0
struct Report {
    var title: String
    lazy var banner: String = {
        count += 1
        return "== \(title) (#\(count)) =="
    }()
}
var report = Report(title: "Q3")
print(report.banner)
print(report.banner)
print(count)
var x, y: Int
x = 1; y = 2
print(x + y)

// expect: Rect(width: 3.0, height: 2.0) 6.0
// expect: == Q3 (#1) ==
// expect: == Q3 (#1) ==
// expect: 1
// expect: 3
