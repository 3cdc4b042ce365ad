import Foundation
print("hello there, general kenobi".capitalized)
print("ALL CAPS".capitalized, "mIxEd".lowercased(), "shout".uppercased())

// expect: Hello There, General Kenobi
// expect: All Caps mixed SHOUT
