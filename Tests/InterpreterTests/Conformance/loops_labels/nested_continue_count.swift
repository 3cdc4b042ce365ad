var count = 0
rows: for r in 0..<4 {
    for c in 0..<4 {
        if c > r { continue rows }
        count += 1
    }
}
print(count)

// expect: 10
