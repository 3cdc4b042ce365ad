// record: skip
let c = Calendar.current
// expect error: 2:9: 'Calendar' is not available in notebooks
