// The cluster model: a checked cluster in, typed results out. It never prints.
