print("stride")
for x in stride(from: 0, to: 10, by: 0) {
    print(x)
}

// expect: stride
// expect error: 2: Stride size must not be zero
