let text = """
    First line
      indented
    Last "quoted"
    """
print(text)

// expect: First line
// expect:   indented
// expect: Last "quoted"
