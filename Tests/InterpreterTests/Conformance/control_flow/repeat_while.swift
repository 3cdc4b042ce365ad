var i = 0
repeat {
    print("iteration \(i)")
    i += 1
} while i < 3
var j = 10
repeat {
    print("runs once")
} while j < 5

// expect: iteration 0
// expect: iteration 1
// expect: iteration 2
// expect: runs once
