// `self.helper` inside static methods and closures in them calls the static member.
enum Words {
    static func shout(_ s: String) -> String { s.uppercased() + "!" }
    static func shoutAll(_ text: String) -> String {
        text.split(separator: " ").map { self.shout(String($0)) }.joined(separator: " ")
    }
    static func twice(_ s: String) -> String { self.shout(self.shout(s)) }
}
print(Words.shoutAll("hello big world"))
print(Words.twice("hey"))
let largest: UInt64 = 18_446_744_073_709_551_615
print(largest, largest / 2 + 1 == 9_223_372_036_854_775_808)

// expect: HELLO! BIG! WORLD!
// expect: HEY!!
// expect: 18446744073709551615 true
