// Dense needs a positive number of units.
let layer = Dense(-1)
// expect error: Dense: units must be a positive whole number, received -1
// expect error line: 2
