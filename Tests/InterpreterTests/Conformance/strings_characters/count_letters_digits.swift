let text = "R2-D2 and C-3PO!"
var letters = 0, digits = 0, other = 0
for c in text {
    if c.isLetter { letters += 1 } else if c.isNumber { digits += 1 } else { other += 1 }
}
print(letters, digits, other)

// expect: 8 3 5
