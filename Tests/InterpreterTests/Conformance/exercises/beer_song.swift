// Beer song: the verses of "99 bottles", built from small helpers.
struct BeerSong {
    private static func bottles(_ n: Int) -> String {
        switch n {
        case 0: return "no more bottles"
        case 1: return "1 bottle"
        default: return "\(n) bottles"
        }
    }

    static func verse(_ n: Int) -> String {
        let first = "\(bottles(n).prefix(1).uppercased())\(bottles(n).dropFirst()) of beer on the wall, \(bottles(n)) of beer.\n"
        switch n {
        case 0: return first + "Go to the store and buy some more, 99 bottles of beer on the wall.\n"
        case 1: return first + "Take it down and pass it around, no more bottles of beer on the wall.\n"
        default: return first + "Take one down and pass it around, \(bottles(n - 1)) of beer on the wall.\n"
        }
    }

    static func verses(from start: Int, through end: Int) -> String {
        stride(from: start, through: end, by: -1).map(verse).joined(separator: "\n")
    }
}
// cell
print(BeerSong.verse(8))
print(BeerSong.verse(2))
print(BeerSong.verse(1))
print(BeerSong.verse(0))
print(BeerSong.verses(from: 3, through: 0), terminator: "")
let all = BeerSong.verses(from: 99, through: 0)
print(all.split(separator: "\n").count, all.count)

// expect: 8 bottles of beer on the wall, 8 bottles of beer.
// expect: Take one down and pass it around, 7 bottles of beer on the wall.
// expect:
// expect: 2 bottles of beer on the wall, 2 bottles of beer.
// expect: Take one down and pass it around, 1 bottle of beer on the wall.
// expect:
// expect: 1 bottle of beer on the wall, 1 bottle of beer.
// expect: Take it down and pass it around, no more bottles of beer on the wall.
// expect:
// expect: No more bottles of beer on the wall, no more bottles of beer.
// expect: Go to the store and buy some more, 99 bottles of beer on the wall.
// expect:
// expect: 3 bottles of beer on the wall, 3 bottles of beer.
// expect: Take one down and pass it around, 2 bottles of beer on the wall.
// expect:
// expect: 2 bottles of beer on the wall, 2 bottles of beer.
// expect: Take one down and pass it around, 1 bottle of beer on the wall.
// expect:
// expect: 1 bottle of beer on the wall, 1 bottle of beer.
// expect: Take it down and pass it around, no more bottles of beer on the wall.
// expect:
// expect: No more bottles of beer on the wall, no more bottles of beer.
// expect: Go to the store and buy some more, 99 bottles of beer on the wall.
// expect: 200 11884
