// record: skip
print("before")
func first<T>(_ xs: [T]) -> T { xs[0] }
// expect error: 3:11: generics is not supported in notebooks
