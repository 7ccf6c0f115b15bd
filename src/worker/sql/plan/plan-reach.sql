-- Per segment (customer_segments' number), the customers of each pattern of reachable channels:
-- at most 16 rows a segment, which is all the cascade model needs (lib/plan/cascade.ts). A
-- customer with no contact at all is a group too: the segment's size counts them.
SELECT cs.seg,
       coalesce(r.email, false) AS email, coalesce(r.phone, false) AS phone,
       coalesce(r.push, false) AS push, coalesce(r.messenger, false) AS messenger,
       count(*)::INTEGER AS customers
FROM customer_segments cs
LEFT JOIN customer_reach r ON r.customer_id = cs.customer_id
GROUP BY ALL
ORDER BY cs.seg, email DESC, phone DESC, push DESC, messenger DESC
