// record: skip
Task {
    print("never")
}
// expect error: 2:1: 'Task' is not available in notebooks
