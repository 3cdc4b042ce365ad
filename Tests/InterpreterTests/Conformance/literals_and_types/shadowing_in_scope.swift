let x = 1
do {
    let x = "inner"
    print(x)
}
print(x)

// expect: inner
// expect: 1
