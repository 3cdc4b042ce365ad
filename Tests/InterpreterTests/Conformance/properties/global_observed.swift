var score = 0 {
    willSet { print("about to set score to \(newValue)") }
    didSet { print("score changed from \(oldValue) to \(score)") }
}
score = 10
score += 5
print(score)

// expect: about to set score to 10
// expect: score changed from 0 to 10
// expect: about to set score to 15
// expect: score changed from 10 to 15
// expect: 15
