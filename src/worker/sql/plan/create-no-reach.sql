-- No contact column (or no order file at hand, a kept dataset): no channel reaches anyone.
CREATE OR REPLACE TABLE customer_reach (
  customer_id VARCHAR, email BOOLEAN, phone BOOLEAN, push BOOLEAN, messenger BOOLEAN,
  email_value VARCHAR, phone_value VARCHAR, push_value VARCHAR, messenger_value VARCHAR
)
