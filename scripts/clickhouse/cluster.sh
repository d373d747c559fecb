#!/usr/bin/env bash
# A throwaway two-shard ClickHouse cluster on loopback, for tests and benches.
#
#   scripts/clickhouse/cluster.sh run CMD [ARGS…]   start both servers, run CMD with the cluster's
#                                                   addresses in its environment, stop both, clean up
#   scripts/clickhouse/cluster.sh stop N            stop shard N (1 or 2) of the running cluster
#   scripts/clickhouse/cluster.sh start N           start it again (same data folder and ports)
#   scripts/clickhouse/cluster.sh freeze|thaw N     make shard N hang (SIGSTOP) or go on (SIGCONT)
#
# CMD sees CLICKHOUSE_URL (shard 1's HTTP address: the Distributed tables are queried there),
# CLICKHOUSE_URL_2 (shard 2), CLICKHOUSE_CLUSTER (the cluster name in the config) and
# CLICKHOUSE_CLUSTER_DIR (the temp folder: config, data, tmp and logs of each server; stop/start
# read it). Each server has its own data, tmp and log folders, so nothing touches /var/lib/clickhouse.
#
# Debian's clickhouse-server (18.16, from 2018) is installed when missing. Its config is the old
# <yandex> format; it has no server-side query parameters, which is why the store quotes values itself.
set -euo pipefail

CLUSTER_NAME=dashboard
SERVER=/usr/sbin/clickhouse-server

ensure_installed() {
	[ -x "$SERVER" ] && return 0
	echo "== installing Debian's clickhouse-server (needed by the ClickHouse tests)" >&2
	local sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	# Two apt runs at once fail on the dpkg lock; wait for another one to finish rather than fail.
	while pgrep -x apt-get >/dev/null || pgrep -x apt >/dev/null || pgrep -x dpkg >/dev/null; do sleep 5; done
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clickhouse-server clickhouse-client >/dev/null
}

# Six free loopback ports (HTTP, native TCP and interserver for each server), chosen by the kernel.
free_ports() {
	node -e '
		const net = require("node:net");
		const servers = Array.from({ length: 6 }, () => net.createServer());
		Promise.all(servers.map((s) => new Promise((ok) => s.listen(0, "127.0.0.1", () => ok(s.address().port)))))
			.then((ports) => { console.log(ports.join(" ")); servers.forEach((s) => s.close()); });
	'
}

# Server config in 18.16's format (tried against the package's /etc/clickhouse-server/config.xml).
write_config() {
	local dir=$1 http=$2 tcp=$3 inter=$4 tcp1=$5 tcp2=$6
	mkdir -p "$dir/data" "$dir/tmp" "$dir/log" "$dir/user_files"
	cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
	<logger>
		<level>information</level>
		<log>$dir/log/server.log</log>
		<errorlog>$dir/log/server.err.log</errorlog>
		<size>20M</size>
		<count>1</count>
	</logger>
	<listen_host>127.0.0.1</listen_host>
	<http_port>$http</http_port>
	<tcp_port>$tcp</tcp_port>
	<interserver_http_port>$inter</interserver_http_port>
	<interserver_http_host>127.0.0.1</interserver_http_host>
	<path>$dir/data/</path>
	<tmp_path>$dir/tmp/</tmp_path>
	<user_files_path>$dir/user_files/</user_files_path>
	<users_config>$dir/users.xml</users_config>
	<default_profile>default</default_profile>
	<default_database>default</default_database>
	<timezone>UTC</timezone>
	<!-- Small caches and few queries: the machine is shared, the data in tests is small. -->
	<mark_cache_size>268435456</mark_cache_size>
	<uncompressed_cache_size>268435456</uncompressed_cache_size>
	<max_concurrent_queries>20</max_concurrent_queries>
	<remote_servers>
		<$CLUSTER_NAME>
			<shard><replica><host>127.0.0.1</host><port>$tcp1</port></replica></shard>
			<shard><replica><host>127.0.0.1</host><port>$tcp2</port></replica></shard>
		</$CLUSTER_NAME>
		<!-- Shard 1 alone: the bench's "one server" (the same tables and queries, no fan-out). -->
		<${CLUSTER_NAME}_single>
			<shard><replica><host>127.0.0.1</host><port>$tcp1</port></replica></shard>
		</${CLUSTER_NAME}_single>
	</remote_servers>
</yandex>
XML
	cat >"$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
	<profiles>
		<default>
			<max_memory_usage>2000000000</max_memory_usage>
			<max_threads>2</max_threads>
			<!-- LowCardinality is experimental in 18.16: CREATE TABLE refuses it without this. -->
			<allow_experimental_low_cardinality_type>1</allow_experimental_low_cardinality_type>
			<!-- A shard that is down fails the query fast instead of hanging (seconds). -->
			<connect_timeout>2</connect_timeout>
			<connect_timeout_with_failover_ms>500</connect_timeout_with_failover_ms>
			<receive_timeout>20</receive_timeout>
			<send_timeout>20</send_timeout>
			<!-- Inserts through the Distributed table reach both shards before the INSERT returns, so a
			     row count right after a load is the real one. -->
			<insert_distributed_sync>1</insert_distributed_sync>
		</default>
	</profiles>
	<users>
		<default>
			<password></password>
			<networks><ip>127.0.0.1</ip></networks>
			<profile>default</profile>
			<quota>default</quota>
		</default>
	</users>
	<quotas>
		<default>
			<interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval>
		</default>
	</quotas>
</yandex>
XML
}

start_server() {
	local dir=$1
	"$SERVER" --config-file="$dir/config.xml" >"$dir/log/stdout.log" 2>&1 &
	echo $! >"$dir/pid"
}

wait_ping() {
	local dir=$1 http
	http=$(cat "$dir/http_port")
	for _ in $(seq 1 120); do
		if curl -sf "http://127.0.0.1:$http/ping" >/dev/null 2>&1; then return 0; fi
		if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
			echo "clickhouse-server in $dir exited; its log:" >&2
			tail -n 30 "$dir/log/server.err.log" "$dir/log/stdout.log" >&2 || true
			return 1
		fi
		sleep 0.5
	done
	echo "clickhouse-server in $dir did not answer /ping within 60 s" >&2
	return 1
}

stop_server() {
	local dir=$1 pid
	[ -f "$dir/pid" ] || return 0
	pid=$(cat "$dir/pid")
	rm -f "$dir/pid"
	kill "$pid" 2>/dev/null || return 0
	# SIGTERM lets it finish writing parts; give it 20 s, then make sure.
	for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
	kill -9 "$pid" 2>/dev/null || true
}

shard_dir() {
	: "${CLICKHOUSE_CLUSTER_DIR:?run this inside cluster.sh run}"
	case "$1" in 1 | 2) echo "$CLICKHOUSE_CLUSTER_DIR/shard$1" ;; *) echo "shard must be 1 or 2" >&2; exit 2 ;; esac
}

cmd=${1:-}
shift || true
case "$cmd" in
run)
	[ $# -gt 0 ] || { echo "usage: $0 run CMD [ARGS…]" >&2; exit 2; }
	ensure_installed
	root=$(mktemp -d /tmp/clickhouse-cluster.XXXXXX)
	cleanup() {
		stop_server "$root/shard1"
		stop_server "$root/shard2"
		if [ -n "${CLICKHOUSE_KEEP:-}" ]; then echo "cluster folder kept: $root" >&2; else rm -rf "$root"; fi
	}
	trap cleanup EXIT
	trap 'exit 130' INT TERM
	read -r h1 t1 i1 h2 t2 i2 <<<"$(free_ports)"
	write_config "$root/shard1" "$h1" "$t1" "$i1" "$t1" "$t2"
	write_config "$root/shard2" "$h2" "$t2" "$i2" "$t1" "$t2"
	echo "$h1" >"$root/shard1/http_port"
	echo "$h2" >"$root/shard2/http_port"
	start_server "$root/shard1"
	start_server "$root/shard2"
	wait_ping "$root/shard1"
	wait_ping "$root/shard2"
	echo "== ClickHouse shards up: http://127.0.0.1:$h1 (tcp $t1), http://127.0.0.1:$h2 (tcp $t2)" >&2
	export CLICKHOUSE_URL="http://127.0.0.1:$h1" CLICKHOUSE_URL_2="http://127.0.0.1:$h2"
	export CLICKHOUSE_CLUSTER=$CLUSTER_NAME CLICKHOUSE_CLUSTER_DIR=$root
	# Not exec: the trap must run when CMD ends, whatever its exit status.
	status=0
	"$@" || status=$?
	exit $status
	;;
stop) stop_server "$(shard_dir "${1:-}")" ;;
# A shard that hangs instead of refusing connections (SIGSTOP): what timeouts are for.
freeze) kill -STOP "$(cat "$(shard_dir "${1:-}")/pid")" ;;
thaw) kill -CONT "$(cat "$(shard_dir "${1:-}")/pid")" ;;
start)
	dir=$(shard_dir "${1:-}")
	start_server "$dir"
	wait_ping "$dir"
	;;
*)
	echo "usage: $0 run CMD… | stop N | start N | freeze N | thaw N" >&2
	exit 2
	;;
esac
