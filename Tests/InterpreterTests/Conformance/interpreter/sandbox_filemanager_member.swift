// record: skip
let fm = FileManager.default
// expect error: 2:10: 'FileManager' is not available in notebooks
