var on = false
on.toggle()
print(on)
var flags = [true, false, true]
flags[1].toggle()
print(flags)
struct Switch { var isOn = false; mutating func flip() { isOn.toggle() } }
var sw = Switch()
sw.flip()
print(sw.isOn)

// expect: true
// expect: [true, true, true]
// expect: true
