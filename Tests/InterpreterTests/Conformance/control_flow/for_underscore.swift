var count = 0
for _ in 0..<5 {
    count += 2
}
print(count)

// expect: 10
