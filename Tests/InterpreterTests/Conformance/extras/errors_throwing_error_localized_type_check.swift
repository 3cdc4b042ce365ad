enum Oops: Error { case one }
do {
    throw Oops.one
} catch is Oops {
    print("an Oops")
}

// expect: an Oops
