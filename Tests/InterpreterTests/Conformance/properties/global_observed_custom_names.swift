var level: Int = 1 {
    willSet(next) { print("will:", level, "->", next) }
    didSet(previous) {
        if level > 5 { level = 5 }
        print("did:", previous, "->", level)
    }
}
level = 3
level = 9
print(level)

// expect: will: 1 -> 3
// expect: did: 1 -> 3
// expect: will: 3 -> 9
// expect: did: 3 -> 5
// expect: 5
