// A histogram's bin count must be sensible.
histogram([1.0, 2.0], bins: 0)
// expect error: histogram: bins must be between 1 and 1000, received 0
