let s = "stressed"
var result = ""
var i = s.endIndex
while i > s.startIndex {
    i = s.index(before: i)
    result.append(s[i])
}
print(result)

// expect: desserts
