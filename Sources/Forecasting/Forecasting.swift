// Forecasting: work in progress.
