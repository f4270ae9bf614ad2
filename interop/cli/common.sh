# Shared by provision-walkthrough.sh and walkthrough.sh: the AWS CLI v2 pointed at one endpoint, with
# nothing of the caller's own AWS setup (profiles, credentials, config) able to leak in.
# Sourced, not run.

AWS_CLI="${AWS_CLI:-/usr/bin/aws}"
REGION=us-east-1

die() {
  echo "FAIL: $*" >&2
  exit 1
}

# Usage check and the isolated CLI environment; sets ENDPOINT and OUTDIR.
cli_setup() {
  local usage="$1"
  shift
  [[ $# -eq 2 ]] || { echo "usage: $usage" >&2; exit 2; }
  ENDPOINT="${1%/}"
  OUTDIR="$2"
  [[ -x "$AWS_CLI" ]] || die "$AWS_CLI is not installed (the AWS CLI v2 is needed)"
  local version
  version="$("$AWS_CLI" --version 2>&1)" || die "$AWS_CLI --version failed: $version"
  [[ "$version" == aws-cli/2.* ]] || die "$AWS_CLI is not the AWS CLI v2 (it says: $version)"

  # Nothing from the caller's own AWS setup: no profile, no config file, no stray session token.
  unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_SESSION_TOKEN AWS_SECURITY_TOKEN AWS_ROLE_ARN AWS_WEB_IDENTITY_TOKEN_FILE \
        AWS_CA_BUNDLE AWS_ENDPOINT_URL AWS_USE_FIPS_ENDPOINT
  WORK="$(mktemp -d)"
  chmod 700 "$WORK"
  trap 'rm -rf "$WORK"' EXIT
  export AWS_CONFIG_FILE="$WORK/config" AWS_SHARED_CREDENTIALS_FILE="$WORK/credentials"
  export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test
  export AWS_REGION="$REGION" AWS_DEFAULT_REGION="$REGION"
  export AWS_EC2_METADATA_DISABLED=true AWS_PAGER="" AWS_DEFAULT_OUTPUT=json
}

# The CLI against the endpoint. Output is JSON unless the caller asks otherwise.
aws_() {
  "$AWS_CLI" --endpoint-url "$ENDPOINT" --region "$REGION" "$@"
}

# Runs a command whose input holds a secret (a password, a token): the input goes through a file only this
# user can read, never through the command line, where `ps` would show it.
#   aws_secret SERVICE OPERATION JSON [more CLI options…]
aws_secret() {
  local service="$1" operation="$2" json="$3"
  shift 3
  local input
  input="$(mktemp "$WORK/input.XXXXXX")"
  printf '%s' "$json" > "$input"
  local status=0
  aws_ "$service" "$operation" --cli-input-json "file://$input" "$@" || status=$?
  rm -f "$input"
  return "$status"
}

# Secrets go into JSON input as they are: refuse any that would need escaping (the generated passwords,
# tokens and keys never do) rather than carry a JSON encoder.
json_safe() {
  local name="$1" value="$2"
  [[ -n "$value" ]] || die "$name is empty"
  [[ "$value" != *[\"\\]* && "$value" != *[[:cntrl:]]* ]] || die "$name holds a quote, a backslash or a control character"
}
