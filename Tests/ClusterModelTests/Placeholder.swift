// Tests of the cluster model.
