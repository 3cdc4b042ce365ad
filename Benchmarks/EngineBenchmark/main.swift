import Engine
print("engine benchmark")
