let s = "a1 Z"
for scalar in s.unicodeScalars {
    print(scalar, scalar.value, Character(scalar).isLetter)
}

// expect: a 97 true
// expect: 1 49 false
// expect:   32 false
// expect: Z 90 true
