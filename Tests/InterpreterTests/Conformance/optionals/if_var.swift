let input: Int? = 3
if var v = input {
    v += 1
    print(v)
}

// expect: 4
