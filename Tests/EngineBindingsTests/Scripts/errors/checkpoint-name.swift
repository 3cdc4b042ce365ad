// A checkpoint's file name is checked when the callback is made, before any training.
let checkpoint = ModelCheckpoint("../best.weights.h5")
// expect error: cannot write '../best.weights.h5': '..' would leave the notebook's files folder
// expect error line: 2
