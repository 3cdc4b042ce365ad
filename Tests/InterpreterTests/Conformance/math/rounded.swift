print(2.5.rounded())
print(3.5.rounded())
print((-2.5).rounded())
print(2.4.rounded())
print(2.5.rounded(.down))
print(2.5.rounded(.up))
print(2.5.rounded(.towardZero))
print(2.5.rounded(.toNearestOrEven))

// expect: 3.0
// expect: 4.0
// expect: -3.0
// expect: 2.0
// expect: 2.0
// expect: 3.0
// expect: 2.0
// expect: 2.0
