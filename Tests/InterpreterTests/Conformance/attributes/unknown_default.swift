enum Mode { case on, off }
func describe(_ m: Mode) -> String {
    switch m {
    case .on: return "on"
    case .off: return "off"
    }
}
print(describe(.on), describe(.off))
@available(*, unavailable)
func gone() {}
print("done")

// expect: on off
// expect: done
