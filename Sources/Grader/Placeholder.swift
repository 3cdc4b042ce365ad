import NotebookModel
public enum GraderPlaceholder {}
