import Foundation
print(tanh(0.0))
print(tanh(1.0))
print(tanh(-20.0))
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
print(sigmoid(0))
print(sigmoid(2))
print(sigmoid(-2))

// expect: 0.0
// expect: 0.7615941559557649
// expect: -1.0
// expect: 0.5
// expect: 0.8807970779778823
// expect: 0.11920292202211755
