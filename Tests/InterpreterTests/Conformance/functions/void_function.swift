func log(_ message: String) {
    print("LOG: " + message)
}
log("started")
let result: Void = log("again")
print(result)

// expect: LOG: started
// expect: LOG: again
// expect: ()
