#!/usr/bin/env bash
# Provisions the walkthrough's stack (the Background of features/access/access_matrix.feature) with the
# AWS CLI v2 alone, against an AWS-compatible endpoint such as `java -jar target/embedded-aws.jar`:
#
#   interop/cli/provision-walkthrough.sh http://127.0.0.1:4566 target/cli-stack
#
# writes OUTDIR/stack.properties (the existing target's stack description, see DeployedStackConfig) and
# OUTDIR/passwords.env (OFFICE_API_PASSWORD_JOHN=…, readable by this user only). Passwords are generated
# here and never printed. Credentials test/test, region us-east-1. Stops with a clear line if any of the
# stack's resources already exists: it never adopts or changes what it did not create.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=common.sh
source "$HERE/common.sh"
cli_setup "provision-walkthrough.sh ENDPOINT OUTDIR" "$@"

ZIP="${OFFICE_API_LAMBDA_ZIP:-$HERE/../../target/office-api-lambda.zip}"
[[ -f "$ZIP" ]] || die "the API's Lambda is not built: $ZIP is missing (run mvn package first, or set OFFICE_API_LAMBDA_ZIP)"
mkdir -p "$OUTDIR"
[[ ! -e "$OUTDIR/stack.properties" && ! -e "$OUTDIR/passwords.env" ]] \
  || die "$OUTDIR already describes a stack (stack.properties or passwords.env exists); choose another OUTDIR"

API_NAME=office_api
STAGE=api
FUNCTION=office-api
HANDLER=org.officeapi.lambda.OfficeApiHandler::handleRequest
LAMBDA_ROLE=office-api-lambda
POOL_NAME=office_users
CLIENT_NAME=office_web
IDENTITY_POOL_NAME=office_identities
ADMIN_ROLE=CognitoRoleSecureAPIAdmin
USER_ROLE=CognitoRoleSecureApiUser
INVOKE_POLICY=invoke-office-api

step() { echo "provision: $*"; }

# --- Nothing of the stack may exist yet ---------------------------------------------------------------

ACCOUNT="$(aws_ sts get-caller-identity --query Account --output text)" \
  || die "cannot reach the endpoint $ENDPOINT with the AWS CLI (sts get-caller-identity failed)"

# Fails unless the lookup answered "not found" (the error code in $2).
must_be_absent() {
  local what="$1" not_found="$2"
  shift 2
  local out
  if out="$("$@" 2>&1)"; then
    die "$what already exists; this script only provisions a fresh stack (remove it, or use a fresh endpoint)"
  elif [[ "$out" != *"$not_found"* ]]; then
    die "cannot tell whether $what exists: $out"
  fi
}
must_be_absent "IAM role $LAMBDA_ROLE" NoSuchEntity aws_ iam get-role --role-name "$LAMBDA_ROLE"
must_be_absent "IAM role $ADMIN_ROLE" NoSuchEntity aws_ iam get-role --role-name "$ADMIN_ROLE"
must_be_absent "IAM role $USER_ROLE" NoSuchEntity aws_ iam get-role --role-name "$USER_ROLE"
must_be_absent "Lambda function $FUNCTION" ResourceNotFoundException aws_ lambda get-function --function-name "$FUNCTION"
# Names of REST APIs, user pools and identity pools need not be unique in AWS: look for them by name.
[[ -z "$(aws_ apigateway get-rest-apis --query "items[?name=='$API_NAME'].id" --output text)" ]] \
  || die "a REST API named $API_NAME already exists; this script only provisions a fresh stack"
[[ -z "$(aws_ cognito-idp list-user-pools --max-results 60 --query "UserPools[?Name=='$POOL_NAME'].Id" --output text)" ]] \
  || die "a user pool named $POOL_NAME already exists; this script only provisions a fresh stack"
[[ -z "$(aws_ cognito-identity list-identity-pools --max-results 60 \
        --query "IdentityPools[?IdentityPoolName=='$IDENTITY_POOL_NAME'].IdentityPoolId" --output text)" ]] \
  || die "an identity pool named $IDENTITY_POOL_NAME already exists; this script only provisions a fresh stack"

# --- The API's Lambda ---------------------------------------------------------------------------------

LAMBDA_TRUST='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
LAMBDA_ROLE_ARN="$(aws_ iam create-role --role-name "$LAMBDA_ROLE" --assume-role-policy-document "$LAMBDA_TRUST" \
  --description "Execution role of the office API's Lambda" --query Role.Arn --output text)"
step "role $LAMBDA_ROLE (trusts lambda.amazonaws.com)"

# A new role is not at once assumable by Lambda while IAM propagates: retry that answer, and only that, for two minutes.
deadline=$((SECONDS + 120))
while :; do
  if out="$(aws_ lambda create-function --function-name "$FUNCTION" --runtime java17 --handler "$HANDLER" \
        --role "$LAMBDA_ROLE_ARN" --memory-size 512 --timeout 15 --zip-file "fileb://$ZIP" \
        --description "The office API: Hello user / Hello admin" --query FunctionArn --output text 2>&1)"; then
    FUNCTION_ARN="$out"
    break
  fi
  [[ "$out" == *"cannot be assumed"* && $SECONDS -lt $deadline ]] || die "lambda create-function failed: $out"
  sleep 3
done
aws_ lambda wait function-active-v2 --function-name "$FUNCTION"
step "function $FUNCTION (java17, $HANDLER)"

# --- The REST API -------------------------------------------------------------------------------------

API_ID="$(aws_ apigateway create-rest-api --name "$API_NAME" --description "The office API" --query id --output text)"
ROOT_ID="$(aws_ apigateway get-resources --rest-api-id "$API_ID" --query "items[?path=='/'].id" --output text)"
[[ -n "$ROOT_ID" ]] || die "REST API $API_ID has no root resource"
INTEGRATION_URI="arn:aws:apigateway:$REGION:lambda:path/2015-03-31/functions/$FUNCTION_ARN/invocations"
for path_part in user admin; do
  resource_id="$(aws_ apigateway create-resource --rest-api-id "$API_ID" --parent-id "$ROOT_ID" --path-part "$path_part" \
    --query id --output text)"
  aws_ apigateway put-method --rest-api-id "$API_ID" --resource-id "$resource_id" --http-method GET \
    --authorization-type AWS_IAM > /dev/null
  aws_ apigateway put-integration --rest-api-id "$API_ID" --resource-id "$resource_id" --http-method GET \
    --type AWS_PROXY --integration-http-method POST --uri "$INTEGRATION_URI" > /dev/null
  step "REST API $API_NAME ($API_ID): GET /$path_part, AWS_IAM, AWS_PROXY to $FUNCTION"
done
aws_ lambda add-permission --function-name "$FUNCTION" --statement-id "apigateway-$API_ID" \
  --action lambda:InvokeFunction --principal apigateway.amazonaws.com \
  --source-arn "arn:aws:execute-api:$REGION:$ACCOUNT:$API_ID/*/*/*" > /dev/null
step "permission for apigateway.amazonaws.com to invoke $FUNCTION from $API_ID"
aws_ apigateway create-deployment --rest-api-id "$API_ID" --stage-name "$STAGE" > /dev/null
step "deployment of $API_ID to stage $STAGE"

# --- The user pool and its app client -----------------------------------------------------------------

POOL_ID="$(aws_ cognito-idp create-user-pool --pool-name "$POOL_NAME" --query UserPool.Id --output text)"
step "user pool $POOL_NAME ($POOL_ID)"
# No secret (browser apps cannot keep one); SRP, passwords and refresh; unknown users answered like wrong passwords.
CLIENT_ID="$(aws_ cognito-idp create-user-pool-client --user-pool-id "$POOL_ID" --client-name "$CLIENT_NAME" \
  --no-generate-secret --explicit-auth-flows ALLOW_USER_SRP_AUTH ALLOW_USER_PASSWORD_AUTH ALLOW_REFRESH_TOKEN_AUTH \
  --prevent-user-existence-errors ENABLED --query UserPoolClient.ClientId --output text)"
step "app client $CLIENT_NAME ($CLIENT_ID): no secret, SRP + password + refresh, PreventUserExistenceErrors ENABLED"

# --- The identity pool --------------------------------------------------------------------------------

PROVIDER="cognito-idp.$REGION.amazonaws.com/$POOL_ID"
IDENTITY_POOL_ID="$(aws_ cognito-identity create-identity-pool --identity-pool-name "$IDENTITY_POOL_NAME" \
  --no-allow-unauthenticated-identities --no-allow-classic-flow \
  --cognito-identity-providers "ProviderName=$PROVIDER,ClientId=$CLIENT_ID,ServerSideTokenCheck=false" \
  --query IdentityPoolId --output text)"
step "identity pool $IDENTITY_POOL_NAME ($IDENTITY_POOL_ID): provider $PROVIDER, no guests, no classic flow"

# --- The roles Cognito hands out ----------------------------------------------------------------------

COGNITO_TRUST="{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\
\"Principal\":{\"Federated\":\"cognito-identity.amazonaws.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\
\"Condition\":{\"StringEquals\":{\"cognito-identity.amazonaws.com:aud\":\"$IDENTITY_POOL_ID\"},\
\"ForAnyValue:StringLike\":{\"cognito-identity.amazonaws.com:amr\":\"authenticated\"}}}]}"
METHOD_ARN_PREFIX="arn:aws:execute-api:$REGION:$ACCOUNT:$API_ID/*"

# role NAME, the variable to receive its ARN, then the paths it may GET
create_cognito_role() {
  local name="$1" arn_variable="$2"
  shift 2
  local resources="" path
  for path in "$@"; do
    resources+="${resources:+,}\"$METHOD_ARN_PREFIX/GET$path\""
  done
  local arn
  arn="$(aws_ iam create-role --role-name "$name" --assume-role-policy-document "$COGNITO_TRUST" \
    --description "Cognito role of the office API" --query Role.Arn --output text)"
  aws_ iam put-role-policy --role-name "$name" --policy-name "$INVOKE_POLICY" --policy-document \
    "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"execute-api:Invoke\"],\"Resource\":[$resources]}]}"
  printf -v "$arn_variable" '%s' "$arn"
  step "role $name (trusts cognito-identity.amazonaws.com for $IDENTITY_POOL_ID, authenticated): may GET $*"
}
create_cognito_role "$ADMIN_ROLE" ADMIN_ROLE_ARN /user /admin
create_cognito_role "$USER_ROLE" USER_ROLE_ARN /user

# --- Groups and users ---------------------------------------------------------------------------------

aws_ cognito-idp create-group --user-pool-id "$POOL_ID" --group-name Admin --precedence 0 --role-arn "$ADMIN_ROLE_ARN" > /dev/null
step "group Admin (precedence 0, $ADMIN_ROLE)"
aws_ cognito-idp create-group --user-pool-id "$POOL_ID" --group-name User --precedence 1 --role-arn "$USER_ROLE_ARN" > /dev/null
step "group User (precedence 1, $USER_ROLE)"

# 24 random letters and digits, then one of each class the default password policy asks for.
new_password() {
  local random
  random="$(head -c 48 /dev/urandom | base64 -w0 | tr -d '+/=')"
  printf '%s' "${random:0:24}Aa9-"
}

# user NAME, then its groups; sets PASSWORD_<NAME>
create_user() {
  local username="$1"
  shift
  local password
  password="$(new_password)"
  json_safe "the generated password" "$password"
  aws_ cognito-idp admin-create-user --user-pool-id "$POOL_ID" --username "$username" --message-action SUPPRESS > /dev/null
  aws_secret cognito-idp admin-set-user-password \
    "{\"UserPoolId\":\"$POOL_ID\",\"Username\":\"$username\",\"Password\":\"$password\",\"Permanent\":true}" > /dev/null
  local group
  for group in "$@"; do
    aws_ cognito-idp admin-add-user-to-group --user-pool-id "$POOL_ID" --username "$username" --group-name "$group"
  done
  printf -v "PASSWORD_${username^^}" '%s' "$password"
  step "user $username with a permanent password, in: $*"
}
create_user john User
create_user rose Admin User

# --- The identity pool's role rule --------------------------------------------------------------------

aws_ cognito-identity set-identity-pool-roles --identity-pool-id "$IDENTITY_POOL_ID" --roles '{}' \
  --role-mappings "{\"$PROVIDER:$CLIENT_ID\":{\"Type\":\"Token\",\"AmbiguousRoleResolution\":\"Deny\"}}"
step "role mapping of $IDENTITY_POOL_ID: Token, Deny when ambiguous"

# --- What the suite and walkthrough.sh read -----------------------------------------------------------

(
  umask 077
  cat > "$OUTDIR/passwords.env.tmp" <<EOF
OFFICE_API_PASSWORD_JOHN=$PASSWORD_JOHN
OFFICE_API_PASSWORD_ROSE=$PASSWORD_ROSE
EOF
)
mv "$OUTDIR/passwords.env.tmp" "$OUTDIR/passwords.env"
cat > "$OUTDIR/stack.properties.tmp" <<EOF
# The walkthrough's stack, provisioned by interop/cli/provision-walkthrough.sh with the AWS CLI v2.
# Run the suite against it: mvn verify -Dtarget=existing -Dstack.config=$OUTDIR/stack.properties
# (with the variables of passwords.env in the environment).
region=$REGION
endpoint=$ENDPOINT
userPoolId=$POOL_ID
clientId=$CLIENT_ID
identityPoolId=$IDENTITY_POOL_ID
apiId=$API_ID
stage=$STAGE
user.John.username=john
user.Rose.username=rose
EOF
mv "$OUTDIR/stack.properties.tmp" "$OUTDIR/stack.properties"
step "wrote $OUTDIR/stack.properties and $OUTDIR/passwords.env (passwords not shown)"
