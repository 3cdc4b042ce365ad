for i in 0..<0 {
    print("never", i)
}
print((5..<5).isEmpty)
print((5...5).isEmpty)
print((0..<0).count)

// expect: true
// expect: false
// expect: 0
