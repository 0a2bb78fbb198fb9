module github.com/acme-payments/refund-router

go 1.22

require github.com/acme-payments/go-service-kit v1.9.0
