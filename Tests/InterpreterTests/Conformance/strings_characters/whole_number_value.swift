let s = "4x2"
var total = 0
for c in s {
    if let d = c.wholeNumberValue { total += d }
}
print(total)
print(Character("9").wholeNumberValue!, Character("q").wholeNumberValue == nil)

// expect: 6
// expect: 9 true
