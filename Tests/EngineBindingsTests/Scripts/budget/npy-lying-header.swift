// A .npy header that promises far more data than the file holds is refused before allocating.
let t = Tensor(npy: "liar.npy")
// expect error: shape [100000, 100000] needs 40000000000 bytes of data, file has 16
// expect error kind: host
