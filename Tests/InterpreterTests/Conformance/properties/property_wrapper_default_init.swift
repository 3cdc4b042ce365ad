@propertyWrapper
struct Uppercased {
    private var text = ""
    var wrappedValue: String {
        get { text }
        set { text = newValue.uppercased() }
    }
}
struct Label {
    @Uppercased var title: String
}
var l = Label()
l.title = "hello"
print(l.title)

// expect: HELLO
