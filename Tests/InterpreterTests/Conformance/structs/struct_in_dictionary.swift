struct Stats { var wins = 0; var losses = 0 }
var table: [String: Stats] = [:]
table["red"] = Stats()
table["red"]!.wins += 1
table["red"]!.losses += 2
print(table["red"]!)

// expect: Stats(wins: 1, losses: 2)
