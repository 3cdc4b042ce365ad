var message = "before"
let show = { print(message) }
message = "after"
show()

// expect: after
