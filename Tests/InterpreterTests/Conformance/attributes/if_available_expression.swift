func platformName() -> String {
    if #available(macOS 12, iOS 15, *) {
        return "new"
    }
    return "old"
}
print(platformName())

// expect: new
