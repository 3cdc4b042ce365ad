import Foundation
print(String(format: "[%5d]", 42))
print(String(format: "[%-5d]", 42))
print(String(format: "[%05d]", 42))
print(String(format: "[%8.3f]", 3.14159))

// expect: [   42]
// expect: [42   ]
// expect: [00042]
// expect: [   3.142]
