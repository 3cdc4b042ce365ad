// Images must be [N, height, width] or [N, side²].
imageGrid(Tensor.zeros([2, 5]))
// expect error: imageGrid: expected images of shape [N, height, width] (or [N, side²]), got [2, 5]
