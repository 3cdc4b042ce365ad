@propertyWrapper
struct Doubled {
    var stored: Int
    init(wrappedValue: Int) { stored = wrappedValue * 2 }
    var wrappedValue: Int {
        get { stored }
        set { stored = newValue * 2 }
    }
}
func demo() {
    @Doubled var n = 5
    print(n)
    n = 7
    print(n)
}
demo()
func again() {
    @Doubled var m = 1
    m += 1
    print(m)
}
again()

// expect: 10
// expect: 14
// expect: 6
