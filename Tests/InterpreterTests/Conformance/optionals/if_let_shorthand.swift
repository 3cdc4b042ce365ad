let value: String? = "hi"
if let value {
    print(value.count)
}

// expect: 2
