let fruits = ["apple", "kiwi"]
for fruit in fruits {
    print("I like \(fruit)")
}

// expect: I like apple
// expect: I like kiwi
