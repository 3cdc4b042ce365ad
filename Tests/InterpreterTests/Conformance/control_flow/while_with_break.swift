var x = 1
while true {
    x *= 2
    if x > 100 {
        break
    }
}
print(x)

// expect: 128
