print("start")
defer { print("top-level defer") }
print("middle")
do {
    defer { print("inner defer") }
    print("in do")
}
print("end")

// expect: start
// expect: middle
// expect: in do
// expect: inner defer
// expect: end
// expect: top-level defer
