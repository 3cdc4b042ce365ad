struct Button {
    var title: String
    var onTap: () -> String
}
let b = Button(title: "OK", onTap: { "tapped" })
print(b.title, b.onTap())

// expect: OK tapped
