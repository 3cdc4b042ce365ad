// A model without layers cannot predict.
Sequential([]).predict(Tensor([[1]]))
// expect error: Model "sequential" has no layers
