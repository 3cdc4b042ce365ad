var count = 1
count = count + 1
count += 10
print(count)
var name = "a"
name += "b"
print(name)

// expect: 12
// expect: ab
