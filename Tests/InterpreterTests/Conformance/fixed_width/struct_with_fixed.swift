struct Pixel { var r: UInt8, g: UInt8, b: UInt8 }
let p = Pixel(r: 255, g: 128, b: 0)
print(p)
func gray(_ p: Pixel) -> UInt8 { UInt8((Int(p.r) + Int(p.g) + Int(p.b)) / 3) }
print(gray(p))

// expect: Pixel(r: 255, g: 128, b: 0)
// expect: 127
