import Runner
print("nbrun")
