let lazySquares = (1...).lazy.map { $0 * $0 }.filter { $0 % 3 == 1 }.prefix(5)
print(Array(lazySquares))
func isPrime(_ n: Int) -> Bool { n >= 2 && (2..<n).allSatisfy { n % $0 != 0 } }
let primes = (2...).lazy.filter(isPrime)
print(Array(primes.prefix(8)), primes.first(where: { $0 > 50 })!)
for i in 1... {
    if i * i > 50 { print("first square over 50:", i * i); break }
}
for (n, name) in zip(1..., ["ann", "bob", "cy"]) { print(n, name) }
let powers = sequence(first: 1) { $0 * 2 }
print(Array(powers.prefix(10)), powers.first { $0 > 1000 }!)
let countdown = sequence(first: 5) { $0 > 1 ? $0 - 1 : nil }
print(Array(countdown), countdown.map { $0 * 10 }, countdown.reduce(0, +))
var fibState = (0, 1)
let fib = sequence(state: (0, 1)) { (s: inout (Int, Int)) -> Int? in
    let r = s.0
    s = (s.1, s.0 + s.1)
    return r
}
print(Array(fib.prefix(12)))
var counter = 0
let it = AnyIterator { () -> Int? in
    counter += 1
    return counter <= 3 ? counter * 100 : nil
}
while let x = it.next() { print("got", x) }
struct Countdown: Sequence {
    let start: Int
    func makeIterator() -> AnyIterator<Int> {
        var n = start
        return AnyIterator { guard n > 0 else { return nil }; defer { n -= 1 }; return n }
    }
}
print(Array(Countdown(start: 4)), Countdown(start: 3).map { $0 * 2 })
for x in Countdown(start: 2) { print("tick", x) }
let erased = AnySequence([3, 1, 2])
print(erased.sorted(), Array(erased))
let words = ["apple", "kiwi", "banana", "fig"].lazy.filter { $0.count > 3 }.map { $0.uppercased() }
print(Array(words))
print(Array((1...).lazy.map { $0 * 3 }.prefix(while: { $0 < 20 })))
print(Array((1...10).lazy.drop(while: { $0 < 7 })))

// expect: [1, 4, 16, 25, 49]
// expect: [2, 3, 5, 7, 11, 13, 17, 19] 53
// expect: first square over 50: 64
// expect: 1 ann
// expect: 2 bob
// expect: 3 cy
// expect: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512] 1024
// expect: [5, 4, 3, 2, 1] [50, 40, 30, 20, 10] 15
// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
// expect: got 100
// expect: got 200
// expect: got 300
// expect: [4, 3, 2, 1] [6, 4, 2]
// expect: tick 2
// expect: tick 1
// expect: [1, 2, 3] [3, 1, 2]
// expect: ["APPLE", "KIWI", "BANANA"]
// expect: [3, 6, 9, 12, 15, 18]
// expect: [7, 8, 9, 10]
