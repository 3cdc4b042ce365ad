let a: UInt8 = 200
let r = a.addingReportingOverflow(100)
print(r.partialValue, r.overflow)
let m = Int16.max.multipliedReportingOverflow(by: 2)
print(m)
print(Int.max.addingReportingOverflow(1).overflow)

// expect: 44 true
// expect: (partialValue: -2, overflow: true)
// expect: true
