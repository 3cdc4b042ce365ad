let names = ["a", "b", "c"]
for (i, name) in names.enumerated() {
    print(i, name)
}

// expect: 0 a
// expect: 1 b
// expect: 2 c
