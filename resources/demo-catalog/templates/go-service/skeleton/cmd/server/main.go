// Command server runs the ${{ values.name }} HTTP service.
package main

import (
	"net/http"
{%- if values.postgres %}
	"os"
{%- endif %}

	kit "github.com/acme-payments/go-service-kit"
)

func main() {
	svc := kit.New("${{ values.name }}", kit.WithPort(${{ values.port }}))
{%- if values.postgres %}
	svc.UsePostgres(os.Getenv("DATABASE_URL"))
{%- endif %}

	svc.Handle("GET /hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("hello from ${{ values.name }}\n"))
	})

	svc.Run()
}
