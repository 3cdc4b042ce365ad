// record: skip
import Foundation
import Dispatch
// expect error: 3:1: import of 'Dispatch'
