var x = 1
let captured = { [x] in print("captured", x) }
let live = { print("live", x) }
x = 2
captured()
live()

// expect: captured 1
// expect: live 2
