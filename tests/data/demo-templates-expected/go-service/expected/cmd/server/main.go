// Command server runs the refund-router HTTP service.
package main

import (
	"net/http"
	"os"

	kit "github.com/acme-payments/go-service-kit"
)

func main() {
	svc := kit.New("refund-router", kit.WithPort(8080))
	svc.UsePostgres(os.Getenv("DATABASE_URL"))

	svc.Handle("GET /hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("hello from refund-router\n"))
	})

	svc.Run()
}
