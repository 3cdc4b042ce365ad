struct Meter {
    var value: Int = 0 {
        didSet {
            print("changed from \(oldValue) to \(value)")
        }
        willSet {
            print("will set \(newValue)")
        }
    }
}
var m = Meter()
m.value = 3
m.value += 1

// expect: will set 3
// expect: changed from 0 to 3
// expect: will set 4
// expect: changed from 3 to 4
