// Secret handshake: binary digits of a number pick actions; bit 16 reverses them.
struct Handshake {
    static let actions = ["wink", "double blink", "close your eyes", "jump"]

    static func commands(_ number: Int) -> [String] {
        var result = actions.indices.filter { number & (1 << $0) != 0 }.map { actions[$0] }
        if number & 0b10000 != 0 { result.reverse() }
        return result
    }
}
// cell
for n in [1, 2, 4, 8, 3, 19, 24, 16, 15, 31, 0, 0b1_1001] {
    print(n, String(n, radix: 2), Handshake.commands(n))
}

// expect: 1 1 ["wink"]
// expect: 2 10 ["double blink"]
// expect: 4 100 ["close your eyes"]
// expect: 8 1000 ["jump"]
// expect: 3 11 ["wink", "double blink"]
// expect: 19 10011 ["double blink", "wink"]
// expect: 24 11000 ["jump"]
// expect: 16 10000 []
// expect: 15 1111 ["wink", "double blink", "close your eyes", "jump"]
// expect: 31 11111 ["jump", "close your eyes", "double blink", "wink"]
// expect: 0 0 []
// expect: 25 11001 ["jump", "wink"]
