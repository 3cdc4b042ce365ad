struct P { var x: Int }
var d = ["p": P(x: 1)]
var copy = d["p"]!
copy.x = 5
print(d["p"]!.x, copy.x)
d["p"]!.x = 7
print(d["p"]!.x)

// expect: 1 5
// expect: 7
