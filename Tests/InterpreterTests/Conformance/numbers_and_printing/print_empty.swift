print()
print("after")
print("")
print("end")

// expect:
// expect: after
// expect:
// expect: end
