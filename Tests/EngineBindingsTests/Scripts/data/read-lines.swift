// readLines gives a text file's lines without terminators, header included.
let lines = try readLines("datasets/sentiment.tsv")
print(lines.count, lines[0])             // expect: 397 text	label
let fields = lines[1].components(separatedBy: "\t")
print(fields)                            // expect: ["Very comfortable and really good value.", "1"]
print(lines.allSatisfy { !$0.hasSuffix("\n") })   // expect: true
