// record: skip
let cube = [[[1, 2], [3, 4]]]
print(cube[0][1][0])
let deep = v[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[

// expect error: 4:13: more than 12 '[' in a row
