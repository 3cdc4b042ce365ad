// The project root is searched but only its datasets/ is readable.
let table = try CSV.load("Package.swift")
// expect error: cannot read 'Package.swift'
