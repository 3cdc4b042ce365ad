class Timer {
    var ticks = 0
    func makeTicker() -> () -> Void {
        return { self.ticks += 1 }
    }
}
let t = Timer()
let tick = t.makeTicker()
tick()
tick()
print(t.ticks)

// expect: 2
