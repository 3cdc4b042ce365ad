// Window sizes must be positive whole numbers or pairs; padding must be valid or same.
let a = Conv2D(8, kernelSize: (3, 3, 3))
// expect error: Conv2D kernelSize must be a positive whole number or a pair of them such as (3, 3), received (3, 3, 3)
