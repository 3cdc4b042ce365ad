let s: Set = ["c", "a", "b"]
for x in s.sorted() {
    print(x)
}

// expect: a
// expect: b
// expect: c
