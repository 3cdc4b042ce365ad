func swapped(_ p: (Int, Int)) -> (Int, Int) {
    return (p.1, p.0)
}
print(swapped((1, 2)))

// expect: (2, 1)
