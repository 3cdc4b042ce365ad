import NotebookModel
public enum RendererPlaceholder {}
