let d = ["k": 1]
for (key, value) in d {
    print(key, value)
}

// expect: k 1
