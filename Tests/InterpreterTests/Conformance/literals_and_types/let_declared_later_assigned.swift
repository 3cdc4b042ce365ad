let value: Int
if 3 > 2 {
    value = 10
} else {
    value = 20
}
print(value)

// expect: 10
