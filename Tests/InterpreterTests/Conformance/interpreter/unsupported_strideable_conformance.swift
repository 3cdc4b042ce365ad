// record: skip
print("before")
struct Step: Strideable { var n: Int }
// expect error: 3:14: conformance of notebook types to 'Strideable' is not supported in notebooks
