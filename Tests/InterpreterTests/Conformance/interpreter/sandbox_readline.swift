// record: skip
let line = readLine()
// expect error: 2:12: 'readLine' is not available in notebooks
