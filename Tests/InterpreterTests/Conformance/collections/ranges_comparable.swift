let lower = "a"..."m"
print(lower.contains("k"), lower.contains("z"))
let unit = 1.0...2.0
print(unit.contains(1.5), unit.contains(2.5), unit)
let half = 0.0..<1.0
print(half.contains(1.0), half.lowerBound)
let letter: Character = "q"
print(("a"..."z").contains(letter))

// expect: true false
// expect: true false 1.0...2.0
// expect: false 0.0
// expect: true
