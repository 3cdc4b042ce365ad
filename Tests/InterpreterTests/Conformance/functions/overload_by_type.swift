func show(_ v: Int) { print("Int:", v) }
func show(_ v: Double) { print("Double:", v) }
func show(_ v: String) { print("String:", v) }
show(1)
show(1.5)
show("x")

// expect: Int: 1
// expect: Double: 1.5
// expect: String: x
