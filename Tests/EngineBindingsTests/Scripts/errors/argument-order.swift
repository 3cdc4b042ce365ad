// Engine calls take Keras's keyword arguments in any order (models/fit-history.swift); a notebook
// function keeps Swift's rule.
func area(width: Double, height: Double) -> Double { width * height }
area(height: 2, width: 3)
// expect error: no 'area(height:width:)' candidates: expected area(width:height:)
