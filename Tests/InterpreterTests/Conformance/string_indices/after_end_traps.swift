let s = "xy"
var i = s.startIndex
i = s.index(after: i)
i = s.index(after: i)
print("at end", i == s.endIndex)
i = s.index(after: i)

// expect: at end true
// expect error: 6: String index is out of bounds
