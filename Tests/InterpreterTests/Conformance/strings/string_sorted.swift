let words = ["pear", "Apple", "banana"]
print(words.sorted())
print(String("hello".sorted()))

// expect: ["Apple", "banana", "pear"]
// expect: ehllo
