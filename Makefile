# One-line targets; SAM's makefile builder calls build-<LogicalId> with ARTIFACTS_DIR set.
SLN := Functions.sln
RESULTS := $(CURDIR)/TestResults

.PHONY: build test demo bench lint aot-check format

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
