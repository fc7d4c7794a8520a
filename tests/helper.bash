# Shared set-up for the bats tests: the programs under test come from $NF_BIN.
bats_require_minimum_version 1.5.0
bats_load_library bats-support
bats_load_library bats-assert

NF_BIN=${NF_BIN:-$BATS_TEST_DIRNAME/../bin}
PATH=$NF_BIN:$PATH
FIXTURES=$BATS_TEST_DIRNAME/fixtures
export NF_BIN PATH FIXTURES

# Run a pipeline (a string) with pipefail, as `run` would run a command.
pipe() {
	bash -c "set -o pipefail; $1"
}
