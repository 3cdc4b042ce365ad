print("apple" < "banana")
print("a" == "a")
print("Zebra" < "apple")
print("abc" != "abd")

// expect: true
// expect: true
// expect: true
// expect: true
