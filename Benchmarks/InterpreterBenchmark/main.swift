import Interpreter
print("interpreter benchmark")
