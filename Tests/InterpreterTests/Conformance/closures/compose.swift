func compose(_ f: @escaping (Int) -> Int, _ g: @escaping (Int) -> Int) -> (Int) -> Int {
    return { x in g(f(x)) }
}
let addOne = { (x: Int) in x + 1 }
let double = { (x: Int) in x * 2 }
print(compose(addOne, double)(5))
print(compose(double, addOne)(5))

// expect: 12
// expect: 11
