// A file outside the notebook's folder and datasets/ is refused even though it exists.
let t = try Tensor(npy: "../outside/small.npy")
// expect error: notebooks may read files only from
