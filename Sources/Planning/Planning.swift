// Planning: work in progress.
