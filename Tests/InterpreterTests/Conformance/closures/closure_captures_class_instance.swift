class Score { var points = 0 }
let s = Score()
let add = { (n: Int) in s.points += n }
add(3)
add(4)
print(s.points)

// expect: 7
