let path = "folder/file.txt"
if let slash = path.firstIndex(of: "/") {
    let dir = path[..<slash]
    let rest = path[path.index(after: slash)...]
    print(dir, rest)
    print(path[...slash])
}

// expect: folder file.txt
// expect: folder/
