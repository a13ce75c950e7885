// PlacementDomain: work in progress.
