# One-line targets; SAM's makefile builder calls build-<LogicalId> with ARTIFACTS_DIR set.
SLN := Functions.sln
RESULTS := $(CURDIR)/TestResults

.PHONY: build test demo bench lint aot-check format prices build-MetricsFunction bench-lambda events build-AlarmFunction build-EscalateFunction build-AckFunction template-sync dashboards report

build:
	dotnet build $(SLN) -c Release

test:
	rm -rf $(RESULTS); dotnet test $(SLN) -c Release --results-directory $(RESULTS); status=$$?; python3 eng/test-summary.py $(RESULTS) || status=1; exit $$status

demo:
	dotnet run --project src/LlmWatch.Cli -c Release -- replay events/bedrock-invocation-logs.jsonl

bench:
	dotnet run --project bench/LlmWatch.Benchmarks -c Release -- --filter '*'

lint:
	cfn-lint serverless.template

format:
	dotnet format $(SLN) --verify-no-changes

# regenerate the embedded price table from the genai-prices export (see README "Pricing")
PRICES_SRC ?= ../shared/reference/prices
prices:
	python3 eng/generate-prices.py $(PRICES_SRC) --version 0.1.8 --date 2026-11-22
# SAM (BuildMethod: makefile) runs this with ARTIFACTS_DIR; leaves the Native AOT `bootstrap`, no symbol files.
# A price override file (PRICE_OVERRIDE, default prices.override.json at the repo root) ships in the package as
# /var/task/prices.override.json when it exists; point the template's PriceFile parameter at that path.
# The time zone database goes along as /var/task/zoneinfo (provided.al2023 has none; TZDIR points there).
PRICE_OVERRIDE ?= prices.override.json
build-MetricsFunction:
	dotnet publish src/LlmWatch.Functions -c Release -r linux-x64 -o $(ARTIFACTS_DIR) $(PUBLISH_FLAGS) && rm -f $(ARTIFACTS_DIR)/*.dbg $(ARTIFACTS_DIR)/*.pdb
	if [ -f "$(PRICE_OVERRIDE)" ]; then cp "$(PRICE_OVERRIDE)" $(ARTIFACTS_DIR)/prices.override.json; fi
	sh eng/package-zoneinfo.sh $(ARTIFACTS_DIR)/zoneinfo

# The other functions run the same executable; _HANDLER (judge, alarm, escalate, ack) picks the handler.
build-AlarmFunction: build-MetricsFunction
build-EscalateFunction: build-MetricsFunction
build-AckFunction: build-MetricsFunction

# Publishes Native AOT; fails on any trim/AOT analysis warning or a glibc symbol newer than Amazon Linux 2023's 2.34.
aot-check:
	dotnet test test/LlmWatch.Functions.Tests -c Release --filter "FullyQualifiedName~LlmWatch.Functions.Tests.Aot"

# Cold start, peak memory and size of the Lambda host (figures in README, "Lambda host").
bench-lambda:
	dotnet run --project bench/LlmWatch.ColdStart -c Release

# Rebuilds events/*.json from events/bedrock-invocation-logs.jsonl.
events:
	python3 eng/make-events.py

# Same executable as the metrics function; the Handler setting (judge) picks the code path.
.PHONY: build-JudgeFunction
build-JudgeFunction: build-MetricsFunction
# Regenerates the alarms, dashboards and their parameters in serverless.template from the models (a test checks it).
template-sync:
	dotnet run --project src/LlmWatch.Cli -c Release -- template-sync

# Writes the dashboard bodies (CloudWatch and Grafana) to out/dashboards.
dashboards:
	dotnet run --project src/LlmWatch.Cli -c Release -- dashboards --out out/dashboards && dotnet run --project src/LlmWatch.Cli -c Release -- dashboards --grafana --out out/dashboards

# Alarm backtest and HTML report over the sample logs.
report:
	dotnet run --project src/LlmWatch.Cli -c Release -- replay events/bedrock-invocation-logs.jsonl --backtest serverless.template --report out/report.html
