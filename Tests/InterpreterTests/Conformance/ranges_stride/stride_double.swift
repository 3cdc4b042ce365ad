for x in stride(from: 0.0, to: 1.0, by: 0.25) {
    print(x)
}
for x in stride(from: 0.0, through: 0.3, by: 0.1) {
    print(x)
}

// expect: 0.0
// expect: 0.25
// expect: 0.5
// expect: 0.75
// expect: 0.0
// expect: 0.1
// expect: 0.2
