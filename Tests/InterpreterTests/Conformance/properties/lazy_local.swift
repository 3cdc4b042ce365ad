func expensive() -> Int {
    print("computing")
    return 42
}
func use(_ flag: Bool) {
    lazy var value = expensive()
    print("start")
    if flag {
        print(value)
        print(value + 1)
    }
    print("end")
}
use(false)
use(true)

// expect: start
// expect: end
// expect: start
// expect: computing
// expect: 42
// expect: 43
// expect: end
