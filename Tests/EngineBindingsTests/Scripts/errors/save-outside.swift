// Cells write only inside the notebook's files folder: '..' is refused at the cell's line.
let model = Sequential([Dense(1, inputShape: [2])])
model.save("../escape.keras")
// expect error: cannot write '../escape.keras': '..' would leave the notebook's files folder
// expect error line: 3
// expect error kind: host
