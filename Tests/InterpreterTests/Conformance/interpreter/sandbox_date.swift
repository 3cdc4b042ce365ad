// record: skip
import Foundation
print("before")
let now = Date()
print(now)
// expect error: 4:11: 'Date' is not available in notebooks
