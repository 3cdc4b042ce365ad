let scores = [("ann", 7), ("bo", 9), ("cy", 4)]
let best = scores.max { $0.1 < $1.1 }!
print(best.0, best.1)

// expect: bo 9
