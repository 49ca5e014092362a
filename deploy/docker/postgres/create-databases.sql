-- One database per service (each service owns its Marten store; Marten creates the schema objects inside).
-- Run by the postgres image on the first start only, while the data volume is still empty.
CREATE DATABASE fulfillment_order_import;
CREATE DATABASE fulfillment_customer_provisioning;
CREATE DATABASE fulfillment_commerce_order;
CREATE DATABASE fulfillment_tracking_sync;
CREATE DATABASE fulfillment_sp_api_simulator;
