let text = "Programming in Swift"
var vowels = 0
for c in text.lowercased() {
    if "aeiou".contains(c) {
        vowels += 1
    }
}
print(vowels)

// expect: 5
