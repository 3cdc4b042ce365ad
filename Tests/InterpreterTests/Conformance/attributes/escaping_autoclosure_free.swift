var handlers: [() -> Int] = []
func register(_ h: @escaping () -> Int) { handlers.append(h) }
register { 1 }
register { 2 }
print(handlers.map { $0() })

// expect: [1, 2]
