func compute() -> Int {
    print("computing")
    return 1
}
_ = compute()

// expect: computing
