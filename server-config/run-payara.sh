#!/usr/bin/env bash
# Starts SafeCase on Payara Micro against the MariaDB named by the environment.
#   SAFECASE_DB_URL       jdbc:mariadb://host:3306/safecase   (required)
#   SAFECASE_DB_USER      runtime database user: the application's connections (required)
#   SAFECASE_DB_PASSWORD  its password                         (required, may be empty)
#   SAFECASE_DB_SCHEMA_USER      schema user: runs the migrations and grants the runtime user its
#   SAFECASE_DB_SCHEMA_PASSWORD  tables (audit rows append-only); unset: one user, with a WARNING
#   SAFECASE_HTTP_ADDRESS address to bind (default 127.0.0.1)
#   SAFECASE_HTTP_PORT    port (default 8080)
#   SAFECASE_DEMO_DATA    true to seed the demo local authority, schools and users
#   SAFECASE_ENDPOINTS_PUBLIC  true to serve /metrics and /openapi (default: closed, 404)
#   SAFECASE_WAR          the application to run (default target/safecase.war; tests run changed copies)
# Build first (mvn package -DskipTests): it uses target/safecase.war and target/server/*.jar.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
: "${SAFECASE_DB_URL:?set SAFECASE_DB_URL}"
: "${SAFECASE_DB_USER:?set SAFECASE_DB_USER}"
export SAFECASE_DB_PASSWORD="${SAFECASE_DB_PASSWORD-}"
address="${SAFECASE_HTTP_ADDRESS:-127.0.0.1}"
port="${SAFECASE_HTTP_PORT:-8080}"
rootdir="${SAFECASE_PAYARA_ROOT:-$top/target/payara-root}"
# A fresh runtime folder every start: Payara Micro would otherwise redeploy the previous run's
# copy of the application first and then replace it with this one (two start-ups, one failing).
rm -rf "$rootdir"
mkdir -p "$rootdir"
preboot="$rootdir/pre-boot-commands.asadmin"
sed "s/127\.0\.0\.1/$address/" "$here/pre-boot-commands.asadmin" > "$preboot"
# Payara's own /metrics and /openapi tell an attacker the API and the load: closed unless
# SAFECASE_ENDPOINTS_PUBLIC=true (issue #12 item 3; the demo and the tests open them).
if [ "${SAFECASE_ENDPOINTS_PUBLIC:-false}" != "true" ]; then
  # set-metrics-configuration fails before boot (its service is not started yet); the dotted
  # name of the same setting works there.
  printf '%s\n' 'set configs.config.server-config.microprofile-metrics-configuration.enabled=false' \
    'set-openapi-configuration --enabled=false' >> "$preboot"
fi
exec java ${SAFECASE_JAVA_OPTS:--Xmx768m} -jar "$top/target/server/payara-micro.jar" \
  --nohazelcast \
  --addlibs "$top/target/server/mariadb-java-client.jar" \
  --prebootcommandfile "$preboot" \
  --postbootcommandfile "$here/post-boot-commands.asadmin" \
  --logproperties "$here/logging.properties" \
  --deploy "${SAFECASE_WAR:-$top/target/safecase.war}" \
  --contextroot safecase \
  --port "$port" \
  --rootdir "$rootdir"
