// One value per label.
barChart(labels: ["a", "b"], values: [1])
// expect error: barChart: 2 labels but 1 values
