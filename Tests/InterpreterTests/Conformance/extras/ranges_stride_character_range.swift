let letters: ClosedRange<Character> = "a"..."e"
print(letters.contains("c"))
print(letters.contains("z"))

// expect: true
// expect: false
