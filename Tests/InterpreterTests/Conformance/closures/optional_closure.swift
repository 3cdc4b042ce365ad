var callback: ((String) -> Void)? = nil
callback?("not called")
callback = { print("got", $0) }
callback?("called")

// expect: got called
