#!/usr/bin/env bash
# The walkthrough, by clients that share no code with this project: John and Rose sign in with the AWS CLI
# v2 (USER_PASSWORD_AUTH), trade their ID tokens for credentials at the identity pool, show with
# `sts get-caller-identity` which role they act as, and call the API through curl's own SigV4 signer
# (--aws-sigv4) on both execute-api path layouts of the endpoint. Asserts the walkthrough's access matrix:
#
#   John  GET /api/user  200 "Hello user"    GET /api/admin  403 AccessDeniedException
#   Rose  GET /api/user  200 "Hello user"    GET /api/admin  200 "Hello admin"
#
#   interop/cli/walkthrough.sh http://127.0.0.1:4566 target/cli-stack
#
# reads OUTDIR/stack.properties and OUTDIR/passwords.env as provision-walkthrough.sh wrote them. Prints one
# line per check; exits non-zero after the first failed sign-in or exchange, or after all calls when any
# answer differs from the matrix. Never prints a password, token or key. While IAM may still be propagating
# a fresh stack (IAM_PROPAGATION_LIMIT_SECONDS, default 120), a role that cannot be assumed yet and an
# AccessDeniedException where the matrix says 200 are retried, each retry on a "wait" line.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=common.sh
source "$HERE/common.sh"
cli_setup "walkthrough.sh ENDPOINT OUTDIR" "$@"
CURL="${CURL:-curl}"
command -v "$CURL" > /dev/null || die "curl is not installed (its --aws-sigv4 signer is the independent client)"
curl_help="$("$CURL" --help all 2>/dev/null)" || true
[[ "$curl_help" == *--aws-sigv4* ]] || die "this curl has no --aws-sigv4 (curl 7.75 or later is needed)"

# --- The stack, as provision-walkthrough.sh described it ----------------------------------------------

[[ -f "$OUTDIR/stack.properties" ]] || die "$OUTDIR/stack.properties is missing (run provision-walkthrough.sh first)"
[[ -f "$OUTDIR/passwords.env" ]] || die "$OUTDIR/passwords.env is missing (run provision-walkthrough.sh first)"

# The value of KEY in FILE (KEY=value lines); empty when absent.
value_of() {
  local file="$1" key="$2" line
  while IFS= read -r line || [[ -n "$line" ]]; do
    if [[ "$line" == "$key="* ]]; then
      printf '%s' "${line#"$key="}"
      return 0
    fi
  done < "$file"
}
required() {
  local value
  value="$(value_of "$1" "$2")"
  [[ -n "$value" ]] || die "$1 has no $2"
  printf '%s' "$value"
}
POOL_ID="$(required "$OUTDIR/stack.properties" userPoolId)"
CLIENT_ID="$(required "$OUTDIR/stack.properties" clientId)"
IDENTITY_POOL_ID="$(required "$OUTDIR/stack.properties" identityPoolId)"
API_ID="$(required "$OUTDIR/stack.properties" apiId)"
STAGE="$(required "$OUTDIR/stack.properties" stage)"
PROVIDER="cognito-idp.$REGION.amazonaws.com/$POOL_ID"
ACCOUNT="$(aws_ sts get-caller-identity --query Account --output text)" \
  || die "cannot reach the endpoint $ENDPOINT with the AWS CLI (sts get-caller-identity failed)"

# IAM is eventually consistent: a role or policy made moments ago may not yet take effect in Cognito or API
# Gateway. Until this deadline the answers AWS gives while it propagates are waited out, saying so; after it
# they count.
PROPAGATION_DEADLINE=$((SECONDS + ${IAM_PROPAGATION_LIMIT_SECONDS:-120}))
propagating() { [[ $SECONDS -lt $PROPAGATION_DEADLINE ]]; }

failures=0
ok() { echo "ok    $*"; }
mismatch() {
  echo "FAIL  $*"
  failures=$((failures + 1))
}

# --- One user's way from a password to signed calls ---------------------------------------------------

# walk USER USERNAME ROLE, then the expected answers: "PATH STATUS ANSWER" (ANSWER: body, or the error type)
walk() {
  local user="$1" username="$2" role="$3"
  shift 3
  local password
  password="$(value_of "$OUTDIR/passwords.env" "OFFICE_API_PASSWORD_${user^^}")"
  json_safe "OFFICE_API_PASSWORD_${user^^} in $OUTDIR/passwords.env" "$password"

  # InitiateAuth, GetId and GetCredentialsForIdentity are unsigned operations: the CLI v2 sends them
  # without a signature of its own (no --no-sign-request needed). Secrets travel in input files, not argv.
  local id_token
  id_token="$(aws_secret cognito-idp initiate-auth \
    "{\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"ClientId\":\"$CLIENT_ID\",\"AuthParameters\":{\"USERNAME\":\"$username\",\"PASSWORD\":\"$password\"}}" \
    --query AuthenticationResult.IdToken --output text)" || die "$user could not sign in with USER_PASSWORD_AUTH"
  json_safe "$user's ID token" "$id_token"
  ok "$user signs in with USER_PASSWORD_AUTH and receives an ID token"

  local logins="{\"IdentityPoolId\":\"$IDENTITY_POOL_ID\",\"Logins\":{\"$PROVIDER\":\"$id_token\"}}"
  local identity_id
  identity_id="$(aws_secret cognito-identity get-id "$logins" --query IdentityId --output text)" \
    || die "the identity pool refused $user's ID token (get-id)"
  ok "$user's ID token gets the identity $identity_id"

  local credentials access_key secret_key session_token
  while ! credentials="$(aws_secret cognito-identity get-credentials-for-identity \
      "{\"IdentityId\":\"$identity_id\",\"Logins\":{\"$PROVIDER\":\"$id_token\"}}" \
      --query 'Credentials.[AccessKeyId,SecretKey,SessionToken]' --output text 2> "$WORK/error")"; do
    if grep -q InvalidIdentityPoolConfigurationException "$WORK/error" && propagating; then
      echo "wait  $user's role cannot be assumed yet (InvalidIdentityPoolConfigurationException): IAM may be propagating it"
      sleep 3
      continue
    fi
    cat "$WORK/error" >&2
    die "the identity pool gave $user no credentials (get-credentials-for-identity)"
  done
  read -r access_key secret_key session_token <<< "$credentials"
  json_safe "$user's access key" "$access_key"
  json_safe "$user's secret key" "$secret_key"
  json_safe "$user's session token" "$session_token"
  ok "$user receives temporary credentials for the identity"

  local expected_arn="arn:aws:sts::$ACCOUNT:assumed-role/$role/CognitoIdentityCredentials" arn
  arn="$(AWS_ACCESS_KEY_ID="$access_key" AWS_SECRET_ACCESS_KEY="$secret_key" AWS_SESSION_TOKEN="$session_token" \
    aws_ sts get-caller-identity --query Arn --output text)" || die "sts get-caller-identity refused $user's credentials"
  if [[ "$arn" == "$expected_arn" ]]; then
    ok "$user acts as $arn"
  else
    die "$user acts as $arn, the walkthrough says $expected_arn"
  fi

  # curl reads the key and token from a file only this user can read; its own signer computes the signature.
  local curl_config
  curl_config="$(mktemp "$WORK/curl.XXXXXX")"
  printf 'user = "%s:%s"\nheader = "x-amz-security-token: %s"\n' "$access_key" "$secret_key" "$session_token" > "$curl_config"

  local expectation path status answer layout url
  for expectation in "$@"; do
    read -r path status answer <<< "$expectation"
    for layout in _aws restapis; do
      if [[ "$layout" == _aws ]]; then
        url="$ENDPOINT/_aws/execute-api/$API_ID/$STAGE$path"
      else
        url="$ENDPOINT/restapis/$API_ID/$STAGE/_user_request_$path"
      fi
      call "$user" "$curl_config" "$url" "GET /$STAGE$path ($layout layout)" "$status" "$answer"
    done
  done
  rm -f "$curl_config"
}

# call USER CURL_CONFIG URL LABEL STATUS ANSWER: one signed GET, compared with the matrix.
call() {
  local user="$1" config="$2" url="$3" label="$4" status="$5" answer="$6"
  local body="$WORK/body" headers="$WORK/headers" got
  while :; do
    got="$("$CURL" --silent --show-error --max-time 60 --config "$config" --aws-sigv4 "aws:amz:$REGION:execute-api" \
      --output "$body" --dump-header "$headers" --write-out '%{http_code}' "$url")" \
      || { mismatch "$user $label: curl could not call $url"; return; }
    # Only a refusal of what the matrix allows can be propagation; an expected refusal is never retried.
    if [[ "$status" == 200 && "$got" == 403 && "$(error_type_of "$headers")" == AccessDeniedException ]] && propagating; then
      echo "wait  $user $label: AccessDeniedException, IAM may be propagating the role's policy"
      sleep 3
      continue
    fi
    break
  done
  check_answer "$user $label" "$got" "$body" "$headers" "$status" "$answer"
}

# API Gateway names a refusal in x-amzn-ErrorType ("AccessDeniedException:http://…"): the type alone.
error_type_of() {
  tr -d '\r' < "$1" | sed -n 's/^[Xx]-[Aa]mzn-[Ee]rror[Tt]ype: *\([^:]*\).*/\1/p' | head -n 1
}

# check_answer LABEL STATUS_GOT BODY_FILE HEADERS_FILE STATUS ANSWER
check_answer() {
  local label="$1" got="$2" body_file="$3" headers_file="$4" status="$5" answer="$6"
  local body error_type seen
  body="$(cat "$body_file")"
  error_type="$(error_type_of "$headers_file")"
  # What the call got, for the report: the body of a success, only the error type of a refusal (a refusal's
  # body may quote the signed request, session token included).
  if [[ "$got" == 2* ]]; then
    seen="$got \"${body:0:200}\""
  else
    seen="$got ${error_type:-(no x-amzn-ErrorType)}"
  fi
  if [[ "$status" == 200 ]]; then
    if [[ "$got" == 200 && "$body" == "$answer" ]]; then
      ok "$label → $seen"
    else
      mismatch "$label answered $seen, the matrix says 200 \"$answer\""
    fi
  elif [[ "$got" == "$status" && "$error_type" == "$answer" ]]; then
    ok "$label → $seen"
  else
    mismatch "$label answered $seen, the matrix says $status $answer"
  fi
}

# --- The matrix ---------------------------------------------------------------------------------------

walk John john CognitoRoleSecureApiUser "/user 200 Hello user" "/admin 403 AccessDeniedException"
walk Rose rose CognitoRoleSecureAPIAdmin "/user 200 Hello user" "/admin 200 Hello admin"

# Without a signature nothing gets through, so the answers above are the signer's and IAM's doing.
for layout_url in "$ENDPOINT/_aws/execute-api/$API_ID/$STAGE/user" "$ENDPOINT/restapis/$API_ID/$STAGE/_user_request_/user"; do
  got="$("$CURL" --silent --show-error --max-time 60 --output "$WORK/body" --dump-header "$WORK/headers" \
    --write-out '%{http_code}' "$layout_url")" || { mismatch "unsigned GET: curl could not call $layout_url"; continue; }
  check_answer "unsigned GET ${layout_url#"$ENDPOINT"}" "$got" "$WORK/body" "$WORK/headers" 403 MissingAuthenticationTokenException
done

if [[ $failures -gt 0 ]]; then
  echo "FAIL: $failures of the walkthrough's answers differ from the access matrix" >&2
  exit 1
fi
echo "ok: the walkthrough's access matrix holds on both path layouts"
