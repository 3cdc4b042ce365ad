// Indexing along the first axis: an Int (negative from the end), ranges (clamped like Python
// slices), a list of indices and a Bool mask ([Bool] or a 0/1 Tensor).
let grid = Tensor([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11]])
print(grid[1].shape, grid[1].scalars)    // expect: [3] [3.0, 4.0, 5.0]
print(grid[-1].scalars)                  // expect: [9.0, 10.0, 11.0]
print(grid[1..<3].shape)                 // expect: [2, 3]
print(grid[1...2].scalars)               // expect: [3.0, 4.0, 5.0, 6.0, 7.0, 8.0]
print(grid[2..<10].shape)                // expect: [2, 3]
print(grid[[3, 0]].scalars)              // expect: [9.0, 10.0, 11.0, 0.0, 1.0, 2.0]
let shown = [2, 2]
print(grid[shown].shape)                 // expect: [2, 3]
print(grid[[true, false, true, false]].scalars)   // expect: [0.0, 1.0, 2.0, 6.0, 7.0, 8.0]
let big = grid.sum(axis: 1).scalars.map { $0 > 10 }
print(big, grid[big].shape)              // expect: [false, true, true, true] [3, 3]
print(grid[Tensor([0, 1, 0, 1])].scalars)         // expect: [3.0, 4.0, 5.0, 9.0, 10.0, 11.0]
print(grid[2][1])                        // expect: 7.0
print(grid[2][1].item() + 1)             // expect: 8.0
let labels = Tensor([3, 1, 4, 1, 5, 9, 2, 6])
print(labels[0..<5].scalars)             // expect: [3.0, 1.0, 4.0, 1.0, 5.0]
// column(j) is numpy's x[:, j] (x[..., j] for higher ranks); negative j counts from the end.
let table = Tensor([[1, 2, 3], [4, 5, 6]])
print(table.column(1).shape, table.column(1).scalars, table.column(-1).scalars)   // expect: [2] [2.0, 5.0] [3.0, 6.0]
table.column(3)
// expect error: column 3 is out of range for shape (2, 3)
