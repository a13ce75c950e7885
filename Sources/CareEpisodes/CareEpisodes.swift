// CareEpisodes: work in progress.
