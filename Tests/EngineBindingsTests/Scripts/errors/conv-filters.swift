let c = Conv1D(0, kernelSize: 3)
// expect error: Conv1D: filters must be a positive whole number, received 0
