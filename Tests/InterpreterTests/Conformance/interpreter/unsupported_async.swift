// record: skip
func load() async -> Int { 1 }
// expect error: 2:13: 'async' (concurrency) is not supported in notebooks
