var items: [String] = []
var summary: String {
    get { items.joined(separator: ", ") }
    set(text) { items = text.split(separator: ",").map { String($0) } }
}
summary = "a,b,c"
print(items.count, summary)

// expect: 3 a, b, c
