// record: skip
print("before")
struct Countdown: Sequence { var from: Int }
// expect error: 3:19: conformance of notebook types to 'Sequence' is not supported in notebooks
