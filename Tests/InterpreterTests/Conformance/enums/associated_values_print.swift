enum Result2 {
    case success(Int)
    case failure(message: String)
    case pair(Int, Double)
}
print(Result2.success(3))
print(Result2.failure(message: "bad"))
print(Result2.pair(1, 0.5))

// expect: success(3)
// expect: failure(message: "bad")
// expect: pair(1, 0.5)
