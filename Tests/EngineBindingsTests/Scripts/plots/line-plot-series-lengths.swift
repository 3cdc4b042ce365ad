// Every series must match x.
linePlot(x: [1, 2], y: [[1, 2], [1, 2, 3]], labels: ["a", "b"], title: "bad")
// expect error: linePlot: x has 2 values but y series 2 has 3
