var x: Int8 = -120
for _ in 0..<10 {
    x -= 1
    print(x)
}

// expect: -121
// expect: -122
// expect: -123
// expect: -124
// expect: -125
// expect: -126
// expect: -127
// expect: -128
// expect error: 3: arithmetic overflow
