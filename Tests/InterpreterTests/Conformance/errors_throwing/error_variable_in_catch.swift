enum Problem: Error { case missing(name: String) }
do {
    throw Problem.missing(name: "file.txt")
} catch {
    print("Error:", error)
    if case Problem.missing(let name) = error {
        print(name)
    }
}

// expect: Error: missing(name: "file.txt")
// expect: file.txt
