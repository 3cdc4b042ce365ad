// record: skip
protocol Shape { func area() -> Double }
// expect error: 2:1: protocols is not supported in notebooks
