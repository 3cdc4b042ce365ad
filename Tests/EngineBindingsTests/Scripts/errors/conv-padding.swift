let b = MaxPooling2D(poolSize: 2, padding: "causal")
// expect error: MaxPooling2D: padding must be .valid or .same, received "causal"
