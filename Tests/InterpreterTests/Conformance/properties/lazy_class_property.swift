class Importer {
    var fileName = "data.txt"
    init() { print("Importer created") }
}
class Manager {
    lazy var importer = Importer()
    var data: [String] = []
}
let m = Manager()
m.data.append("a")
print("before access")
print(m.importer.fileName)
print(m.importer.fileName)

// expect: before access
// expect: Importer created
// expect: data.txt
// expect: data.txt
