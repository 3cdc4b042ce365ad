// Clock: a 24-hour clock without dates that rolls over, prints as HH:MM and compares by time.
struct Clock: Equatable, Hashable, CustomStringConvertible {
    private static let minutesPerDay = 24 * 60
    private let minutes: Int

    init(hours: Int = 0, minutes: Int = 0) {
        let total = (hours * 60 + minutes) % Clock.minutesPerDay
        self.minutes = total < 0 ? total + Clock.minutesPerDay : total
    }

    func adding(minutes delta: Int) -> Clock { Clock(minutes: minutes + delta) }
    func subtracting(minutes delta: Int) -> Clock { Clock(minutes: minutes - delta) }

    var description: String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    static func + (clock: Clock, delta: Int) -> Clock { clock.adding(minutes: delta) }
    static func - (clock: Clock, delta: Int) -> Clock { clock.subtracting(minutes: delta) }
}
// cell
let clocks: [(Int, Int)] = [(8, 0), (11, 9), (24, 0), (25, 0), (100, 0), (1, 60), (0, 160),
                            (0, 1723), (-1, 15), (-25, 0), (-91, 0), (1, -40), (1, -160),
                            (-25, -160), (-121, -5810), (201, 3001)]
for (h, m) in clocks {
    print("Clock(\(h), \(m)) = \(Clock(hours: h, minutes: m))")
}
print(Clock(hours: 10).adding(minutes: 3))
print(Clock(hours: 23, minutes: 59) + 2)
print(Clock(hours: 0, minutes: 3) - 4)
print(Clock(hours: 5, minutes: 32).subtracting(minutes: 1500))
print(Clock(hours: 15, minutes: 37) == Clock(hours: 15, minutes: 37))
print(Clock(hours: 15, minutes: 36) == Clock(hours: 15, minutes: 37))
print(Clock(hours: 10, minutes: 37) == Clock(hours: 34, minutes: 37))
print(Clock(hours: 3, minutes: 11) == Clock(hours: 99, minutes: 11))
print(Clock(hours: -2, minutes: 40) == Clock(hours: 22, minutes: 40))
let unique = Set([Clock(hours: 1), Clock(minutes: 60), Clock(hours: 25), Clock(hours: 2)])
print(unique.count)

// expect: Clock(8, 0) = 08:00
// expect: Clock(11, 9) = 11:09
// expect: Clock(24, 0) = 00:00
// expect: Clock(25, 0) = 01:00
// expect: Clock(100, 0) = 04:00
// expect: Clock(1, 60) = 02:00
// expect: Clock(0, 160) = 02:40
// expect: Clock(0, 1723) = 04:43
// expect: Clock(-1, 15) = 23:15
// expect: Clock(-25, 0) = 23:00
// expect: Clock(-91, 0) = 05:00
// expect: Clock(1, -40) = 00:20
// expect: Clock(1, -160) = 22:20
// expect: Clock(-25, -160) = 20:20
// expect: Clock(-121, -5810) = 22:10
// expect: Clock(201, 3001) = 11:01
// expect: 10:03
// expect: 00:01
// expect: 23:59
// expect: 04:32
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
// expect: 2
