var x = 3
if x > 2 {
    x = 0
}
if x > 2 {
    x = 100
}
print(x)

// expect: 0
