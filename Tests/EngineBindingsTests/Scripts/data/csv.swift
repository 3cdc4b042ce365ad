// CSV.load gives columns by header name as [Double]; the project's datasets/ is readable.
let table = try CSV.load("datasets/height-weight.csv")
print(table.columns)                     // expect: ["height", "weight"]
print(table["height"].count, table.rowCount)   // expect: 200 200
let heights = table["height"]
print(String(format: "%.1f %.1f", heights[0], heights.last!))   // expect: 69.8 72.0
print(String(format: "%.1f %.1f %.4f", heights.min()!, heights.max()!, heights.reduce(0, +) / Double(heights.count)))   // expect: 60.0 75.0 67.5935
print(String(format: "%.4f", table["weight"][0]))   // expect: 28.5441
print(table["height"][0], table["weight"][1])   // expect: 69.8 30.5549
print(table.values.shape)                // expect: [200, 2]
let weights = try CSV.load("datasets/height-weight.csv", columns: ["weight"])
print(weights.columns)                   // expect: ["weight"]
// A file in the notebook's own folder.
let numbers = try CSV.load("numbers.csv")
print(numbers.columns, numbers["b"], numbers.values.scalars)   // expect: ["a", "b"] [2.0, 4.0] [1.0, 2.0, 3.0, 4.0]
