# Sourced by `make test`: points the PostgreSQL store tests at the local server when it answers.
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432; then
  export CHANYE_TEST_PG_URL="${CHANYE_TEST_PG_URL:-postgresql+psycopg://postgres:postgres@127.0.0.1:5432/chanye_test}"
fi
