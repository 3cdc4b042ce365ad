let pair = ("GET", 200)
switch pair {
case ("GET", 200..<300):
    print("ok get")
case (_, 404):
    print("missing")
default:
    print("other")
}

// expect: ok get
