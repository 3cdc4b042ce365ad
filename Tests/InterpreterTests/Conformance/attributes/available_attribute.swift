@available(macOS 10.15, iOS 13, *)
func modern() -> String { "modern" }
@available(*, deprecated, message: "use modern()")
func legacy() -> String { "legacy" }
print(modern())
if #available(macOS 10.15, *) {
    print("available")
} else {
    print("unavailable")
}
guard #available(iOS 13, *) else { fatalError() }
print("guard passed")

// expect: modern
// expect: available
// expect: guard passed
