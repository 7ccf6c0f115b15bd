# Base-R re-implementation of CRAN rfm 0.3.0 rfm_table_order() + rfm_segment()
# (cran/rfm commit 89e8be15fb78ab862e9d51ad119809bb725e04a7 = rsquaredacademy/rfm 297ed8b3, 2024-02-26)
args <- commandArgs(trailingOnly = TRUE)
infile <- if (length(args) >= 1) args[1] else "/work/shared/data/rfm-r-package/rfm_data_orders.csv"
n_bins <- 5
analysis_date <- as.Date("2006-12-31")

d <- read.csv(infile, stringsAsFactors = FALSE, encoding = "UTF-8")
d$order_date <- as.Date(d$order_date)

# --- rfm_prep_table_data: group by customer_id
ids <- sort(unique(d$customer_id), method = "radix")   # dplyr >=1.1 group_by sorts in C locale
idx <- match(d$customer_id, ids)
date_most_recent <- as.Date(tapply(as.numeric(d$order_date), idx, max), origin = "1970-01-01")
res <- data.frame(
  customer_id = ids,
  recency_days = as.numeric(analysis_date - date_most_recent, units = "days"),
  transaction_count = as.vector(tabulate(idx, nbins = length(ids))),
  amount = as.vector(tapply(d$revenue, idx, sum)),
  stringsAsFactors = FALSE
)

# --- utils.R helpers (0.3.0)
bins <- function(x, n) { lo <- n + 1; q <- unname(quantile(x, probs = seq(0, 1, length.out = lo))); q[c(-1, -lo)] + 1 }
bins_lower <- function(x, b) c(min(x), b)
bins_upper <- function(x, b) c(b, max(x) + 1)

score <- function(x, nb, reverse) {
  b <- if (length(nb) == 1) bins(x, nb) else nb
  k <- if (length(nb) == 1) nb else length(nb) + 1
  lower <- bins_lower(x, b); upper <- bins_upper(x, b)
  s <- rep(NA_integer_, length(x))
  sc <- rev(seq_len(k))
  for (i in seq_len(k)) s[x >= lower[i] & x < upper[i]] <- if (reverse) sc[i] else i
  list(score = s, lower = lower, upper = upper)
}
r <- score(res$recency_days, n_bins, TRUE)
f <- score(res$transaction_count, n_bins, FALSE)
m <- score(res$amount, n_bins, FALSE)
res$recency_score <- r$score; res$frequency_score <- f$score; res$monetary_score <- m$score
res$rfm_score <- res$recency_score * 100 + res$frequency_score * 10 + res$monetary_score

thr <- data.frame(recency_lower = r$lower, recency_upper = r$upper,
                  frequency_lower = f$lower, frequency_upper = f$upper,
                  monetary_lower = m$lower, monetary_upper = m$upper)
print(thr, digits = 17)
cat("quantile probs:", sprintf("%.17g", seq(0, 1, length.out = n_bins + 1)), "\n")
cat("NA scores:", sum(is.na(res$recency_score)), sum(is.na(res$frequency_score)), sum(is.na(res$monetary_score)), "\n")
print(head(res, 10))

write.csv(res[c("customer_id", "recency_days", "transaction_count", "amount",
                "recency_score", "frequency_score", "monetary_score")],
          "/tmp/rfm_reference_scores.csv", row.names = FALSE, fileEncoding = "UTF-8")
write.csv(thr, "/tmp/rfm_reference_thresholds.csv", row.names = FALSE)

# --- rfm_segment (0.3.0) with README rules
segment_names <- c("Champions", "Potential Loyalist", "Loyal Customers", "Promising", "New Customers",
                   "Can't Lose Them", "At Risk", "Need Attention", "About To Sleep", "Lost")
recency_lower   <- c(5, 3, 2, 3, 4, 1, 1, 1, 2, 1)
recency_upper   <- c(5, 5, 4, 4, 5, 2, 2, 3, 3, 1)
frequency_lower <- c(5, 3, 2, 1, 1, 3, 2, 3, 1, 1)
frequency_upper <- c(5, 5, 4, 3, 3, 4, 5, 5, 3, 5)
monetary_lower  <- c(5, 2, 2, 3, 1, 4, 4, 3, 1, 1)
monetary_upper  <- c(5, 5, 4, 5, 5, 5, 5, 5, 4, 5)
btw <- function(x, a, b) x >= a & x <= b   # dplyr::between: inclusive
seg <- rep(1, nrow(res))
for (i in seq_along(segment_names)) {
  seg[btw(res$recency_score, recency_lower[i], recency_upper[i]) &
      btw(res$frequency_score, frequency_lower[i], frequency_upper[i]) &
      btw(res$monetary_score, monetary_lower[i], monetary_upper[i]) &
      !seg %in% segment_names] <- segment_names[i]
}
seg[is.na(seg)] <- "Others"; seg[seg == 1] <- "Others"
res$segment <- seg
summ <- do.call(rbind, lapply(sort(unique(seg), method = "radix"), function(s) {
  w <- seg == s
  data.frame(segment = s, customers = sum(w), orders = sum(res$transaction_count[w]),
             revenue = sum(res$amount[w]), aov = round(sum(res$amount[w]) / sum(res$transaction_count[w]), 2))
}))
print(summ)
write.csv(summ, "/tmp/rfm_reference_segments.csv", row.names = FALSE, fileEncoding = "UTF-8")
write.csv(res[c("customer_id", "segment", "rfm_score")], "/tmp/rfm_reference_customer_segments.csv",
          row.names = FALSE, fileEncoding = "UTF-8")
