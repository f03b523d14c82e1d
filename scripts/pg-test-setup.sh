#!/bin/sh
# Installs (if missing) and starts Debian's PostgreSQL, then creates the role and database dyad_test for dyad's
# store tests. Run as root. Prints the URL to export as DYAD_TEST_PG, e.g.
#   export DYAD_TEST_PG="$(sh scripts/pg-test-setup.sh | tail -n 1)"
set -eu

ROLE="${DYAD_PG_ROLE:-dyad}"
PASSWORD="${DYAD_PG_PASSWORD:-dyad}"
DB="${DYAD_PG_DB:-dyad_test}"
PORT="${DYAD_PG_PORT:-5432}"

if [ "$(id -u)" != 0 ]; then
  echo "dyad: pg-test-setup.sh must run as root (it installs and starts PostgreSQL); try: sudo sh $0" >&2
  exit 2
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "dyad: installing postgresql from Debian's packages" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

# The newest installed cluster; create one if the package left none.
CLUSTER="$(pg_lsclusters -h | sort -k1,1n | tail -n 1 || true)"
if [ -z "$CLUSTER" ]; then
  VERSION="$(ls /usr/lib/postgresql | sort -n | tail -n 1)"
  pg_createcluster "$VERSION" main --port "$PORT" >&2
  CLUSTER="$(pg_lsclusters -h | sort -k1,1n | tail -n 1)"
fi
VERSION="$(echo "$CLUSTER" | awk '{print $1}')"
NAME="$(echo "$CLUSTER" | awk '{print $2}')"
PORT="$(echo "$CLUSTER" | awk '{print $3}')"
STATUS="$(echo "$CLUSTER" | awk '{print $4}')"

if [ "$STATUS" != online ]; then
  pg_ctlcluster "$VERSION" "$NAME" start >&2 || service postgresql start >&2
fi

i=0
until su postgres -c "psql -p $PORT -qAtc 'select 1'" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ "$i" -ge 30 ]; then
    echo "dyad: PostgreSQL $VERSION/$NAME did not come up; see /var/log/postgresql/postgresql-$VERSION-$NAME.log" >&2
    exit 1
  fi
  sleep 1
done

su postgres -c "psql -p $PORT -qAt" >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  ELSE
    ALTER ROLE $ROLE LOGIN PASSWORD '$PASSWORD';
  END IF;
END \$\$;
SQL
if [ "$(su postgres -c "psql -p $PORT -qAtc \"select 1 from pg_database where datname = '$DB'\"")" != 1 ]; then
  su postgres -c "createdb -p $PORT -O $ROLE $DB" >&2
fi

echo "postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
