struct Report {
    var title: String
    lazy var banner: String = "== " + title + " =="
}
var r = Report(title: "Q1")
print(r.banner)
print(r.title)

// expect: == Q1 ==
// expect: Q1
