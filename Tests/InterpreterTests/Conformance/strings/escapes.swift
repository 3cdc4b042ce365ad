print("tab\there")
print("quote \" and backslash \\")
print("line1\nline2")
print("unicode \u{1F600} \u{41}")

// expect: tab	here
// expect: quote " and backslash \
// expect: line1
// expect: line2
// expect: unicode 😀 A
