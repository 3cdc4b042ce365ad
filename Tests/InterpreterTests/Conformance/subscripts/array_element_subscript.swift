struct Row {
    var values = [0, 0, 0]
    subscript(i: Int) -> Int {
        get { values[i] }
        set { values[i] = newValue }
    }
}
var rows = [Row(), Row()]
rows[1][2] = 8
rows[0][0] += 3
print(rows[0].values, rows[1].values)
struct Sheet {
    var row = Row()
}
var sheet = Sheet()
sheet.row[1] = 42
print(sheet.row.values)

// expect: [3, 0, 0] [0, 0, 8]
// expect: [0, 42, 0]
