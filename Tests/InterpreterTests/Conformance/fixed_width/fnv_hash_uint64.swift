func fnv1a(_ s: String) -> UInt64 {
    var hash: UInt64 = 0xcbf29ce484222325
    for byte in s.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100000001b3
    }
    return hash
}
print(fnv1a(""), fnv1a("a"), fnv1a("notebook"))

// expect: 14695981039346656037 12638187200555641996 330152285691354624
