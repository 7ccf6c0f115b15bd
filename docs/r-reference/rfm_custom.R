x <- read.csv("/tmp/rfm_reference_scores.csv", stringsAsFactors = FALSE)
sc <- function(v, t, rev) { lo <- c(min(v), t); up <- c(t, max(v) + 1); k <- length(t) + 1; s <- rep(NA, length(v))
  for (i in 1:k) s[v >= lo[i] & v < up[i]] <- if (rev) k + 1 - i else i; s }
r <- sc(x$recency_days, c(115, 181, 297, 482), TRUE); f <- sc(x$transaction_count, c(4, 5, 6, 8), FALSE)
m <- sc(x$amount, c(256, 382, 506, 666), FALSE)
cat("custom-threshold example vs default-bin scores; differing rows R/F/M:", sum(r != x$recency_score), sum(f != x$frequency_score), sum(m != x$monetary_score), "\n")
print(table(r)); print(table(f)); print(table(m))
