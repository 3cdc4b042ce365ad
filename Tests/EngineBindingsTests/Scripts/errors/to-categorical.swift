// Class numbers must fit the number of classes.
toCategorical(Tensor([0, 3]), classes: 3)
// expect error: 3
