print(0xFF)
print(0b1010)
print(0o17)
print(-0x10)

// expect: 255
// expect: 10
// expect: 15
// expect: -16
