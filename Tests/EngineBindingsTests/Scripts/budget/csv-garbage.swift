// Binary garbage read as CSV is an error naming the file and line, not a crash.
let table = CSV.load("garbage.csv")
// expect error: garbage.csv:
// expect error kind: host
