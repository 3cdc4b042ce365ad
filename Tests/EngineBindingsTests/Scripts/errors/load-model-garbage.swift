// A .keras that is not a zip archive says so, naming the file.
let model = loadModel("garbage.keras")
// expect error: is not a .keras file: it is not a readable zip archive
// expect error line: 2
