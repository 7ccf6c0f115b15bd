x <- read.csv("/tmp/rfm_reference_scores.csv", stringsAsFactors = FALSE)
segment_names <- c("Champions", "Loyal Customers", "Potential Loyalist", "New Customers", "Promising",
                   "Need Attention", "About To Sleep", "At Risk", "Can't Lose Them", "Lost")
rl <- c(4, 2, 3, 4, 3, 2, 2, 1, 1, 1); ru <- c(5, 5, 5, 5, 4, 3, 3, 2, 1, 2)
fl <- c(4, 3, 1, 1, 1, 2, 1, 2, 4, 1); fu <- c(5, 5, 3, 1, 1, 3, 2, 5, 5, 2)
ml <- c(4, 3, 1, 1, 1, 2, 1, 2, 4, 1); mu <- c(5, 5, 3, 1, 1, 3, 2, 5, 5, 2)
seg <- rep(1, nrow(x))
for (i in 1:10) seg[x$recency_score >= rl[i] & x$recency_score <= ru[i] & x$frequency_score >= fl[i] &
  x$frequency_score <= fu[i] & x$monetary_score >= ml[i] & x$monetary_score <= mu[i] & !seg %in% segment_names] <- segment_names[i]
seg[seg == 1] <- "Others"
w <- seg == "Champions"; cat("test rules Champions:", sum(w), sum(x$transaction_count[w]), sum(x$amount[w]), "\n")
print(table(seg))
# heatmap data: mean amount per (frequency_score, recency_score)
h <- aggregate(amount ~ frequency_score + recency_score, x, mean); cat("heatmap monetary sum:", round(sum(h$amount)), "\n")
