let s = "hello"
let e: String = ""
print(s)
print(e)
print(s + ", world")

// expect: hello
// expect:
// expect: hello, world
