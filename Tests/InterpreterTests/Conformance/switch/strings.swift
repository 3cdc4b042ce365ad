for cmd in ["start", "stop", "pause", "?"] {
    switch cmd {
    case "start":
        print("starting")
    case "stop", "pause":
        print("halting")
    default:
        print("unknown \(cmd)")
    }
}

// expect: starting
// expect: halting
// expect: halting
// expect: unknown ?
