// A zip member inflates to at most the size its headers declare: a lying header is a corrupt
// file, found after 1,001 bytes, not after 2 MiB.
let model = Sequential([Dense(2, inputShape: [3])])
model.loadWeights("bomb.npz")
// expect error: entry 'big.npy' inflates to more than the 1000 bytes its header declares
// expect error line: 4
// expect error kind: host
