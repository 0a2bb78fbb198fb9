module github.com/${{ values.destination.owner }}/${{ values.destination.repo }}

go ${{ values.goVersion }}

require github.com/acme-payments/go-service-kit v1.9.0
