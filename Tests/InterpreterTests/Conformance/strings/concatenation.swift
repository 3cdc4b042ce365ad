var s = "ab"
s = s + "cd"
s += "ef"
s.append("g")
s.append(Character("h"))
print(s)

// expect: abcdefgh
