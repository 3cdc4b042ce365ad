// An unknown CSV column names the ones there are.
let table = try CSV.load("datasets/height-weight.csv")
let ages = table["age"]
// expect error: height
