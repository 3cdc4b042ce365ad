let s = "a-b-c"
var out = ""
for ch in s {
    if ch == "-" {
        out += "+"
    } else {
        out.append(ch)
    }
}
print(out)

// expect: a+b+c
