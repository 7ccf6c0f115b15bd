SELECT count(*)::INTEGER AS n FROM raw
