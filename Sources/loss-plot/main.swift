import LossPlotCLI

LossPlot.runProcess()
