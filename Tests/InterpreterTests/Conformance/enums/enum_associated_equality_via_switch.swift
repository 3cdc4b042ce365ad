enum Msg { case text(String), ping }
func isPing(_ m: Msg) -> Bool {
    if case .ping = m { return true }
    return false
}
print(isPing(.ping), isPing(.text("x")))

// expect: true false
