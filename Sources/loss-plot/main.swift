import LossPlotCLI

LossPlot.main()
