class Tally { var n = 0 }
extension Tally {
    func bump() { n += 1 }
    var doubled: Int { n * 2 }
}
let t = Tally()
t.bump()
t.bump()
print(t.doubled)

// expect: 4
