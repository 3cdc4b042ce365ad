import NotebookModel
import Interpreter
import EngineBindings
import Renderer
import Grader
public enum RunnerPlaceholder {}
