#!/usr/bin/env bash
# Lighthouse 12 (13 needs Node 22) against a running `node build`, Debian's Chromium, median of 3 runs
# per page. Run by hand: `bash bench/lighthouse.sh http://127.0.0.1:4173`. Prints category scores.
set -euo pipefail
base="${1:-http://127.0.0.1:4173}"
out="$(mktemp -d)"
pages=("/" "/trade?reporter=KOR&partner=NLD&from=2000&to=2020" "/mirror" "/fdi" "/embed/flows?reporter=KOR&partner=NLD&from=2000&to=2020")
printf '%-60s %6s %6s %6s %6s\n' page perf a11y best seo
for p in "${pages[@]}"; do
	for i in 1 2 3; do
		CHROME_PATH=/usr/bin/chromium npx --yes lighthouse@12 "$base$p" --quiet --output=json --output-path="$out/$i.json" \
			--chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync" >/dev/null 2>&1
	done
	node -e '
		const fs = require("fs");
		const runs = [1, 2, 3].map((i) => JSON.parse(fs.readFileSync(process.argv[1] + "/" + i + ".json", "utf8")).categories);
		const median = (k) => runs.map((r) => Math.round(r[k].score * 100)).sort((a, b) => a - b)[1];
		console.log(process.argv[2].padEnd(60), ...["performance", "accessibility", "best-practices", "seo"].map((k) => String(median(k)).padStart(6)));
	' "$out" "$p"
done
rm -rf "$out"
