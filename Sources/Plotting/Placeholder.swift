enum PlaceholderPlotting {}
