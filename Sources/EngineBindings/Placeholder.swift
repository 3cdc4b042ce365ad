import Engine
import Interpreter
public enum EngineBindingsPlaceholder {}
