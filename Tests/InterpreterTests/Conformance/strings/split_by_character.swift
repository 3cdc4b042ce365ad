let line = "a,b,,c"
let parts = line.split(separator: ",")
print(parts.count)
for p in parts {
    print(p)
}

// expect: 3
// expect: a
// expect: b
// expect: c
