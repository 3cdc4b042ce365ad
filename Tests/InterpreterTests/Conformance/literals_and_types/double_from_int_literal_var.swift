var total = 0.0
total += 1
total += 2
print(total)

// expect: 3.0
