var handlers: [() -> Void] = []
func register(_ h: @escaping () -> Void) {
    handlers.append(h)
}
register { print("first") }
register { print("second") }
for h in handlers { h() }

// expect: first
// expect: second
