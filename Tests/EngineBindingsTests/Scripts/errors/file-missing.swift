// A missing file names the path and where cells may read.
let table = try CSV.load("datasets/no-such-file.csv")
// expect error: file not found: 'datasets/no-such-file.csv'
