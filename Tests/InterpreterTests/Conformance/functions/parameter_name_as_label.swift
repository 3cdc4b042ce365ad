func area(width: Double, height: Double) -> Double {
    width * height
}
print(area(width: 2, height: 3.5))

// expect: 7.0
