// A negative sample limit is refused before anything is read.
let data = try FashionMNIST.load(limit: -5)
// expect error: FashionMNIST.load: limit must be zero or more, received -5
