public enum InterpreterPlaceholder {}
