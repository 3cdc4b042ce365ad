// loadModel looks in the notebook's files, then its folder and datasets/.
let model = loadModel("never-saved.keras")
// expect error: file not found: 'never-saved.keras'
// expect error line: 2
