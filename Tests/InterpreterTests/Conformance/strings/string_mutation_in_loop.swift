var acc = ""
for i in 1...5 {
    acc += String(i)
    if i < 5 {
        acc += ","
    }
}
print(acc)

// expect: 1,2,3,4,5
