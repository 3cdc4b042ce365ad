let maybe: Int? = 10
if let v = maybe {
    print("got \(v)")
} else {
    print("none")
}
let nothing: Int? = nil
if let v = nothing {
    print("got \(v)")
} else {
    print("none")
}

// expect: got 10
// expect: none
