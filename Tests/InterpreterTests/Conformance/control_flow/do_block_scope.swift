var total = 0
do {
    let x = 5
    total += x
}
print(total)

// expect: 5
