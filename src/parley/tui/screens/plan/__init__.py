"""Plan mode: the household budget, one ask per debt, and the path to the debt-free month."""
