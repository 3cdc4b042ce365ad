// EarlyStopping's mode is auto, min or max.
let stopper = EarlyStopping(monitor: "loss", mode: "sideways")
// expect error: EarlyStopping: mode must be "auto", "min" or "max", received "sideways"
