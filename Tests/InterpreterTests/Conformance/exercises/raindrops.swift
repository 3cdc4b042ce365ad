// Raindrops: Pling for 3, Plang for 5, Plong for 7, otherwise the number itself.
func raindrops(_ number: Int) -> String {
    let sounds = [(3, "Pling"), (5, "Plang"), (7, "Plong")]
    let text = sounds.reduce(into: "") { result, pair in
        if number % pair.0 == 0 { result += pair.1 }
    }
    return text.isEmpty ? String(number) : text
}
// cell
for n in [1, 3, 5, 7, 6, 8, 9, 10, 14, 15, 21, 25, 27, 35, 49, 52, 105, 3125] {
    print(n, raindrops(n))
}

// expect: 1 1
// expect: 3 Pling
// expect: 5 Plang
// expect: 7 Plong
// expect: 6 Pling
// expect: 8 8
// expect: 9 Pling
// expect: 10 Plang
// expect: 14 Plong
// expect: 15 PlingPlang
// expect: 21 PlingPlong
// expect: 25 Plang
// expect: 27 Pling
// expect: 35 PlangPlong
// expect: 49 Plong
// expect: 52 52
// expect: 105 PlingPlangPlong
// expect: 3125 Plang
