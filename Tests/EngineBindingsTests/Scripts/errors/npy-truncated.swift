// A .npy file shorter than its header promises is an error, not a crash.
let t = try Tensor(npy: "broken.npy")
// expect error: broken.npy
