let s = "naïve"
var i = s.startIndex
var out: [String] = []
while i < s.endIndex {
    out.append(String(s[i]))
    i = s.index(after: i)
}
print(out)
for idx in s.indices where s[idx] != "v" {
    print(s[idx], terminator: "")
}
print()

// expect: ["n", "a", "ï", "v", "e"]
// expect: naïe
