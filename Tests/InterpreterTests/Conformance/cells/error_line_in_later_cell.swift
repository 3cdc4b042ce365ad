// A trap in the second cell is reported at its line in the file, not in the cell.
let values = [3, 1, 4]

func pick(_ i: Int) -> Int {
    values[i]
}
print(pick(0))
// cell
print(pick(2))
let missing: Int? = nil
print(missing!)
print("not reached")

// expect: 3
// expect: 4
// expect error: 11: Unexpectedly found nil
