enum PlaceholderLossPlotCLI {}
