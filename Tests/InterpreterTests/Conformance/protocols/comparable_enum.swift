enum Size: Comparable {
    case small, medium, large, huge
}

let sizes: [Size] = [.large, .small, .huge, .medium, .small]
print(sizes.sorted())
print(sizes.max()!, sizes.min()!)
print(Size.small < .large, Size.huge <= .medium)
let big = sizes.filter { $0 >= .large }
print(big)

// expect: [main.Size.small, main.Size.small, main.Size.medium, main.Size.large, main.Size.huge]
// expect: huge small
// expect: true false
// expect: [main.Size.large, main.Size.huge]
