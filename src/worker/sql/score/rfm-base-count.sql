SELECT count(*)::INTEGER AS n FROM rfm_base
