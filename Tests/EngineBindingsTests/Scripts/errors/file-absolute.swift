// Absolute paths outside the readable folders are refused.
let lines = try readLines("/etc/hostname")
// expect error: cannot read '/etc/hostname'
