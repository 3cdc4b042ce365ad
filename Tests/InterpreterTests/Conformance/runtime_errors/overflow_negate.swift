let m = Int.min
print("negating")
print(-m)

// expect: negating
// expect error: 3: overflow
