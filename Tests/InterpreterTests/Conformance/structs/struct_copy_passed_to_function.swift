struct Box { var v: Int }
func change(_ b: Box) -> Box {
    var c = b
    c.v = 99
    return c
}
let original = Box(v: 1)
let changed = change(original)
print(original.v, changed.v)

// expect: 1 99
