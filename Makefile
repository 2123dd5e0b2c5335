# One-line targets; SAM's makefile builder calls build-<LogicalId> with ARTIFACTS_DIR set.
SLN := Functions.sln
RESULTS := $(CURDIR)/TestResults

.PHONY: build test demo bench lint aot-check format prices

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
