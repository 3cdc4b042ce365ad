// Tournament: tally match results into a league table.
import Foundation

struct Standing {
    var played = 0, won = 0, drawn = 0, lost = 0
    var points: Int { won * 3 + drawn }
}

func tally(_ input: String) -> String {
    var table: [String: Standing] = [:]
    for line in input.split(separator: "\n") {
        let parts = line.split(separator: ";").map(String.init)
        guard parts.count == 3 else { continue }
        let (home, away) = (parts[0], parts[1])
        switch parts[2] {
        case "win":
            table[home, default: Standing()].won += 1
            table[away, default: Standing()].lost += 1
        case "loss":
            table[home, default: Standing()].lost += 1
            table[away, default: Standing()].won += 1
        case "draw":
            table[home, default: Standing()].drawn += 1
            table[away, default: Standing()].drawn += 1
        default:
            continue
        }
        table[home]!.played += 1
        table[away]!.played += 1
    }
    let header = "Team".padding(toLength: 31, withPad: " ", startingAt: 0) + "| MP |  W |  D |  L |  P"
    let rows = table.sorted { a, b in
        a.value.points != b.value.points ? a.value.points > b.value.points : a.key < b.key
    }.map { name, s in
        let cells = [s.played, s.won, s.drawn, s.lost, s.points].map { String(format: "%3d", $0) }
        return name.padding(toLength: 31, withPad: " ", startingAt: 0) + "|" + cells.joined(separator: " |")
    }
    return ([header] + rows).joined(separator: "\n")
}
// cell
print(tally(""))
print(tally("Allegoric Alaskans;Blithering Badgers;win"))
print(tally("Allegoric Alaskans;Blithering Badgers;draw\nBlithering Badgers;Allegoric Alaskans;loss"))
let season = """
Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
bad line
Courageous Californians;Blithering Badgers;maybe
"""
print(tally(season))

// expect: Team                           | MP |  W |  D |  L |  P
// expect: Team                           | MP |  W |  D |  L |  P
// expect: Allegoric Alaskans             |  1 |  1 |  0 |  0 |  3
// expect: Blithering Badgers             |  1 |  0 |  0 |  1 |  0
// expect: Team                           | MP |  W |  D |  L |  P
// expect: Allegoric Alaskans             |  2 |  1 |  1 |  0 |  4
// expect: Blithering Badgers             |  2 |  0 |  1 |  1 |  1
// expect: Team                           | MP |  W |  D |  L |  P
// expect: Devastating Donkeys            |  3 |  2 |  1 |  0 |  7
// expect: Allegoric Alaskans             |  3 |  2 |  0 |  1 |  6
// expect: Blithering Badgers             |  3 |  1 |  0 |  2 |  3
// expect: Courageous Californians        |  3 |  0 |  1 |  2 |  1
