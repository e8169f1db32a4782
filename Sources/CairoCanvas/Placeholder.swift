enum PlaceholderCairoCanvas {}
