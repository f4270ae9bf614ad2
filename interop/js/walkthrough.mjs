#!/usr/bin/env node
// The original walkthrough, done by the JavaScript clients it used: amazon-cognito-identity-js signs John
// and Rose in (SRP, as a browser does), the identity pool trades their ID tokens for role credentials, and
// aws4 signs the calls to the API; at the end John signs out (signOut with RevokeToken, then globalSignOut). Every check prints one line; any mismatch makes the exit status 1.
//
//   node walkthrough.mjs <stack.json>
//
// stack.json describes a deployed stack (see README.md, "Interoperability checks"). It holds passwords:
// this script prints names, codes and statuses, and blanks out every password, token and secret key it handles
// from whatever else it prints (a failure's details).

import { readFile } from 'node:fs/promises';
import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import aws4 from 'aws4';
import cognito from 'amazon-cognito-identity-js';
import { CognitoIdentityClient, GetCredentialsForIdentityCommand, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromCognitoIdentityPool } from '@aws-sdk/credential-providers';

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = cognito;

const ADMIN_ROLE = 'CognitoRoleSecureAPIAdmin';
const USER_ROLE = 'CognitoRoleSecureApiUser';

// The walkthrough's expectations: who is in which group, which role their token prefers, what they may call.
const WALKTHROUGH = {
    John: { groups: ['User'], role: USER_ROLE, calls: { '/user': [200, 'Hello user'], '/admin': [403, 'AccessDeniedException'] } },
    Rose: { groups: ['Admin', 'User'], role: ADMIN_ROLE, calls: { '/user': [200, 'Hello user'], '/admin': [200, 'Hello admin'] } },
};

// ---------------------------------------------------------------------------------------------- checks

let failures = 0;
let checks = 0;

/** Every password, token and secret key the walk handles: blanked out of anything it prints, whatever goes wrong. */
const secrets = new Set();

function secret(value) {
    if (typeof value === 'string' && value.length >= 6) {
        secrets.add(value);
    }
    return value;
}

function redact(text) {
    let out = String(text);
    for (const value of secrets) {
        out = out.split(value).join('[redacted]');
    }
    return out;
}

function check(what, passed, detail) {
    checks++;
    if (passed) {
        console.log(`ok     ${redact(what)}`);
    } else {
        failures++;
        console.log(redact(`FAILED ${what}${detail ? `: ${detail}` : ''}`));
    }
    return passed;
}

function same(what, actual, expected) {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    return check(what, a === e, `expected ${e}, got ${a}`);
}

/** Runs a step that may throw; a throw is one failed check, printed through the same redaction. */
async function step(what, body) {
    try {
        return await body();
    } catch (error) {
        check(what, false, describe(error));
        return undefined;
    }
}

function describe(error) {
    const code = error?.code ?? error?.name ?? 'Error';
    return `${code}: ${error?.message ?? error}`;
}

// ------------------------------------------------------------------- what the user pool client sent and got

/**
 * amazon-cognito-identity-js talks to the user pool through the global fetch; this records each exchange
 * (operation, request and response JSON, status, request id) so that the checks can name the flow's steps.
 * The recording stays in memory; only key names and challenge names are ever printed, and the tokens and
 * sessions it sees join the secrets to blank out.
 */
const exchanges = [];
const originalFetch = globalThis.fetch;
globalThis.fetch = async (url, options = {}) => {
    const response = await originalFetch(url, options);
    const target = headerOf(options.headers, 'x-amz-target') ?? '';
    let body = {};
    try {
        body = await response.clone().json();
    } catch {
        body = {};
    }
    ['AccessToken', 'IdToken', 'RefreshToken'].forEach(name => secret(body.AuthenticationResult?.[name]));
    secret(body.Session);
    exchanges.push({
        operation: target.split('.').pop(),
        request: JSON.parse(options.body ?? '{}'),
        status: response.status,
        responseContentType: response.headers.get('content-type'),
        requestId: response.headers.get('x-amzn-requestid'),
        response: body,
    });
    return response;
};

function headerOf(headers, name) {
    const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
    return entry?.[1];
}

function recordFrom(mark) {
    return exchanges.slice(mark);
}

// ------------------------------------------------------------------------------------------- sign-in

/**
 * What a browser's localStorage is to the SDK, in memory: getItem answers null for a missing key (the SDK's own
 * Node fallback answers undefined), so that the requests carry what a browser's carry, e.g. DEVICE_KEY: null
 * when refreshing a session.
 */
class BrowserStorage {
    #items = new Map();

    setItem(key, value) {
        this.#items.set(key, String(value));
    }

    getItem(key) {
        return this.#items.has(key) ? this.#items.get(key) : null;
    }

    removeItem(key) {
        this.#items.delete(key);
    }

    clear() {
        this.#items.clear();
    }
}

const storage = new BrowserStorage();

function userPool(stack) {
    return new CognitoUserPool({
        UserPoolId: stack.userPoolId,
        ClientId: stack.clientId,
        Storage: storage,
        ...(stack.endpoint ? { endpoint: `${stack.endpoint}/` } : {}),
    });
}

/**
 * CognitoUser.authenticateUser: USER_SRP_AUTH by default, USER_PASSWORD_AUTH when asked. Resolves with
 * {session} or {newPasswordRequired: {user, userAttributes, requiredAttributes}}; rejects with the error.
 */
function authenticate(stack, username, password, flow) {
    const user = new CognitoUser({ Username: username, Pool: userPool(stack), Storage: storage });
    if (flow) {
        user.setAuthenticationFlowType(flow);
    }
    return new Promise((resolve, reject) => {
        user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
            onSuccess: session => resolve({ session, user }),
            onFailure: reject,
            newPasswordRequired: (userAttributes, requiredAttributes) =>
                resolve({ newPasswordRequired: { user, userAttributes, requiredAttributes } }),
            mfaRequired: () => reject(new Error('unexpected MFA challenge')),
            totpRequired: () => reject(new Error('unexpected TOTP challenge')),
            customChallenge: () => reject(new Error('unexpected custom challenge')),
        });
    });
}

function completeNewPassword(user, newPassword) {
    return new Promise((resolve, reject) => {
        user.completeNewPasswordChallenge(newPassword, {}, {
            onSuccess: session => resolve(session),
            onFailure: reject,
            mfaRequired: () => reject(new Error('unexpected MFA challenge')),
        });
    });
}

/** CognitoUser.refreshSession: REFRESH_TOKEN_AUTH, as the SDK's getSession() does once the ID token has expired. */
function refresh(user, refreshToken) {
    return new Promise((resolve, reject) => user.refreshSession(refreshToken, (error, session) => (error ? reject(error) : resolve(session))));
}

/** CognitoUser.getUserAttributes: GetUser with the access token. */
function userAttributes(user) {
    return new Promise((resolve, reject) => user.getUserAttributes((error, attributes) => (error ? reject(error) : resolve(attributes))));
}

const keys = object => Object.keys(object ?? {}).sort();
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The wire of one SRP sign-in: InitiateAuth(USER_SRP_AUTH) → PASSWORD_VERIFIER → RespondToAuthChallenge. */
function checkSrpWire(who, wire, expectTokens = true) {
    const [initiate, respond] = wire;
    same(`${who}: InitiateAuth is sent with AuthFlow USER_SRP_AUTH and SRP_A`,
        [initiate?.operation, initiate?.request.AuthFlow, keys(initiate?.request.AuthParameters)],
        ['InitiateAuth', 'USER_SRP_AUTH', ['SRP_A', 'USERNAME']]);
    same(`${who}: the user pool answers 200 application/x-amz-json-1.1 with a request id and the PASSWORD_VERIFIER challenge`,
        [initiate?.status, initiate?.responseContentType, new RegExp(`^${UUID}$`).test(initiate?.requestId ?? ''),
            initiate?.response.ChallengeName],
        [200, 'application/x-amz-json-1.1', true, 'PASSWORD_VERIFIER']);
    same(`${who}: the challenge carries SALT, SECRET_BLOCK, SRP_B, USERNAME, USER_ID_FOR_SRP`,
        keys(initiate?.response.ChallengeParameters), ['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME', 'USER_ID_FOR_SRP']);
    const parameters = initiate?.response.ChallengeParameters ?? {};
    check(`${who}: SALT and SRP_B are hex, SECRET_BLOCK is base64`,
        /^[0-9a-f]+$/.test(parameters.SALT) && /^[0-9a-f]{700,}$/.test(parameters.SRP_B)
        && /^[A-Za-z0-9+/]+={0,2}$/.test(parameters.SECRET_BLOCK),
        'SALT or SRP_B not lower-case hex, or SECRET_BLOCK not base64');
    same(`${who}: RespondToAuthChallenge answers PASSWORD_VERIFIER with the claim signature`,
        [respond?.operation, respond?.request.ChallengeName, keys(respond?.request.ChallengeResponses)],
        ['RespondToAuthChallenge', 'PASSWORD_VERIFIER',
            ['PASSWORD_CLAIM_SECRET_BLOCK', 'PASSWORD_CLAIM_SIGNATURE', 'TIMESTAMP', 'USERNAME']]);
    check(`${who}: the secret block goes back unchanged and the TIMESTAMP has the SDK's shape`,
        respond?.request.ChallengeResponses?.PASSWORD_CLAIM_SECRET_BLOCK === parameters.SECRET_BLOCK
        && /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}:\d{2} UTC \d{4}$/.test(respond?.request.ChallengeResponses?.TIMESTAMP),
        'the secret block changed or the timestamp is malformed');
    if (expectTokens) {
        checkTokensResult(who, respond);
    }
}

function checkTokensResult(who, exchange) {
    const result = exchange?.response.AuthenticationResult ?? {};
    same(`${who}: the answer is an AuthenticationResult of three tokens, Bearer, ExpiresIn 3600`,
        [exchange?.status, keys(result).filter(k => k !== 'NewDeviceMetadata'), result.TokenType, result.ExpiresIn],
        [200, ['AccessToken', 'ExpiresIn', 'IdToken', 'RefreshToken', 'TokenType'], 'Bearer', 3600]);
}

// -------------------------------------------------------------------------------------------- tokens

const jwksCache = new Map();

async function jwks(stack) {
    const url = stack.endpoint
        ? `${stack.endpoint}/${stack.userPoolId}/.well-known/jwks.json`
        : `https://cognito-idp.${stack.region}.amazonaws.com/${stack.userPoolId}/.well-known/jwks.json`;
    if (!jwksCache.has(url)) {
        const response = await originalFetch(url);
        if (!response.ok) {
            throw new Error(`GET ${url} answered ${response.status}`);
        }
        jwksCache.set(url, await response.json());
    }
    return jwksCache.get(url);
}

/** Verifies the RS256 signature of a user-pool token with the key its kid names in the pool's JWKS. */
async function verifySignature(stack, token) {
    const [header, payload, signature] = token.split('.');
    const { kid, alg } = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    const jwk = (await jwks(stack)).keys.find(key => key.kid === kid);
    if (alg !== 'RS256' || !jwk) {
        return false;
    }
    return crypto.verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), crypto.createPublicKey({ key: jwk, format: 'jwk' }),
        Buffer.from(signature, 'base64url'));
}

async function checkIdToken(stack, who, session, expected) {
    const idToken = session.getIdToken();
    const claims = idToken.decodePayload();
    check(`${who}: the ID token's RS256 signature verifies with the pool's JWKS`, await verifySignature(stack, idToken.getJwtToken()),
        'no key of the JWKS verifies it');
    same(`${who}: the ID token is the pool's (iss, aud, token_use)`, [claims.iss, claims.aud, claims.token_use],
        [`https://cognito-idp.${stack.region}.amazonaws.com/${stack.userPoolId}`, stack.clientId, 'id']);
    same(`${who}: cognito:groups is ${JSON.stringify(expected.groups)}`, claims['cognito:groups'], expected.groups);
    same(`${who}: cognito:preferred_role is ${expected.role}`, claims['cognito:preferred_role'], stack.roles[expected.role]);
    check(`${who}: the access token verifies too and is an access token`,
        await verifySignature(stack, session.getAccessToken().getJwtToken())
        && session.getAccessToken().decodePayload().token_use === 'access', 'bad signature or token_use');
    return claims;
}

// ------------------------------------------------------------------------------------------- credentials

function cognitoIdentity(stack) {
    // GetId and GetCredentialsForIdentity are unsigned: the client gets no credentials at all
    return new CognitoIdentityClient({ region: stack.region, ...(stack.endpoint ? { endpoint: stack.endpoint } : {}) });
}

async function credentialsFor(stack, who, idToken) {
    const logins = { [`cognito-idp.${stack.region}.amazonaws.com/${stack.userPoolId}`]: idToken };
    const client = cognitoIdentity(stack);
    const { IdentityId } = await client.send(new GetIdCommand({ IdentityPoolId: stack.identityPoolId, Logins: logins }));
    check(`${who}: GetId gives an identity {region}:{uuid}`,
        new RegExp(`^${stack.region}:${UUID}$`).test(IdentityId ?? ''),
        `got ${IdentityId}`);
    const answer = await client.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins: logins }));
    const { Credentials } = answer;
    const lifetime = (Credentials?.Expiration?.getTime() ?? 0) - Date.now();
    check(`${who}: GetCredentialsForIdentity gives temporary ASIA credentials for about an hour`,
        answer.IdentityId === IdentityId && /^ASIA[A-Z0-9]{16}$/.test(Credentials?.AccessKeyId ?? '') && !!Credentials?.SecretKey
        && !!Credentials?.SessionToken && lifetime > 50 * 60 * 1000 && lifetime <= 61 * 60 * 1000,
        `identity ${answer.IdentityId === IdentityId ? 'same' : 'changed'}, key ${(Credentials?.AccessKeyId ?? '').slice(0, 4)}…, `
        + `expires in ${Math.round(lifetime / 1000)} s`);
    check(`${who}: the SDK read the request id of the answer`, new RegExp(`^${UUID}$`).test(answer.$metadata?.requestId ?? ''),
        `got ${answer.$metadata?.requestId}`);
    return {
        identityId: IdentityId,
        credentials: {
            accessKeyId: Credentials.AccessKeyId,
            secretAccessKey: secret(Credentials.SecretKey),
            sessionToken: secret(Credentials.SessionToken),
            expiration: Credentials.Expiration,
        },
    };
}

function sts(stack, credentials) {
    return new STSClient({ region: stack.region, credentials, ...(stack.endpoint ? { endpoint: stack.endpoint } : {}) });
}

/** The caller ARN of a Cognito identity acting as a role: the role's name, without its path. */
function sessionArn(stack, logicalRole) {
    const roleName = stack.roles[logicalRole].split('/').pop();
    return `arn:aws:sts::${stack.accountId}:assumed-role/${roleName}/CognitoIdentityCredentials`;
}

/** The walkthrough's AWS.CognitoIdentityCredentials, as the SDK v3 has it: a credential provider over the same two calls. */
async function providedCredentials(stack, who, idToken, identityId) {
    const provider = fromCognitoIdentityPool({
        identityPoolId: stack.identityPoolId,
        logins: { [`cognito-idp.${stack.region}.amazonaws.com/${stack.userPoolId}`]: idToken },
        clientConfig: { region: stack.region, ...(stack.endpoint ? { endpoint: stack.endpoint } : {}) },
    });
    const credentials = await provider();
    secret(credentials.secretAccessKey);
    secret(credentials.sessionToken);
    check(`${who}: fromCognitoIdentityPool (CognitoIdentityCredentials in v3) gives ASIA credentials for the same identity`,
        credentials.identityId === identityId && /^ASIA[A-Z0-9]{16}$/.test(credentials.accessKeyId ?? '')
        && !!credentials.sessionToken && credentials.expiration > new Date(),
        `identity ${credentials.identityId === identityId ? 'same' : 'different'}, key ${(credentials.accessKeyId ?? '').slice(0, 4)}…`);
    return credentials;
}

async function callerIdentity(stack, who, credentials, logicalRole) {
    const identity = await sts(stack, credentials).send(new GetCallerIdentityCommand({}));
    same(`${who}: STS GetCallerIdentity says ${logicalRole}'s CognitoIdentityCredentials session`,
        [identity.Account, identity.Arn, /^AROA[A-Z0-9]+:CognitoIdentityCredentials$/.test(identity.UserId ?? ''),
            !!identity.$metadata?.requestId],
        [stack.accountId, sessionArn(stack, logicalRole), true, true]);
    return identity.Arn;
}

// ----------------------------------------------------------------------------------------------- the API

/** Where the API answers: on AWS its own host; on an emulator the endpoint's path layouts, and the host name in a Host header. */
function apiLayouts(stack) {
    const awsHost = `${stack.apiId}.execute-api.${stack.region}.amazonaws.com`;
    if (!stack.endpoint) {
        return [{ name: 'invoke URL', url: `https://${awsHost}`, path: resource => `/${stack.stage}${resource}` }];
    }
    return [
        { name: '/_aws/execute-api', url: stack.endpoint, path: resource => `/_aws/execute-api/${stack.apiId}/${stack.stage}${resource}` },
        { name: '/restapis/…/_user_request_', url: stack.endpoint,
            path: resource => `/restapis/${stack.apiId}/${stack.stage}/_user_request_${resource}` },
        { name: 'Host: {apiId}.execute-api…', url: stack.endpoint, host: awsHost, path: resource => `/${stack.stage}${resource}` },
    ];
}

/** A GET signed by aws4 as in the walkthrough (service execute-api, JSON headers); no credentials: unsigned. */
function callApi(stack, layout, resource, credentials) {
    const url = new URL(layout.url);
    const request = {
        host: layout.host ?? url.hostname,
        ...(layout.host || !url.port ? {} : { port: url.port }),
        path: layout.path(resource),
        method: 'GET',
        service: 'execute-api',
        region: stack.region,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    };
    if (credentials) {
        aws4.sign(request, credentials);
    } else {
        request.headers.Host = request.host + (request.port ? `:${request.port}` : '');
    }
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
        const outgoing = transport.request({
            protocol: url.protocol, hostname: url.hostname, port: url.port || undefined,
            path: request.path, method: 'GET', headers: request.headers,
        }, response => {
            const chunks = [];
            response.on('data', chunk => chunks.push(chunk));
            response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        });
        outgoing.on('error', reject);
        outgoing.end();
    });
}

function checkAnswer(stack, who, layout, resource, answer, expected, caller) {
    const [status, text] = expected;
    const label = `${who}: GET /${stack.stage}${resource} via ${layout.name}`;
    if (status === 200) {
        same(`${label} answers 200 "${text}"`, [answer.status, answer.body], [200, text]);
        const provider = `cognito-idp.${stack.region}.amazonaws.com/${stack.userPoolId}`;
        same(`${label}: the Lambda saw the caller (x-office-caller-arn, identity, pool, authenticated, provider)`,
            [answer.headers['x-office-caller-arn'], answer.headers['x-office-cognito-identity-id'],
                answer.headers['x-office-cognito-identity-pool-id'], answer.headers['x-office-cognito-authentication-type'],
                answer.headers['x-office-cognito-authentication-provider']],
            [caller.arn, caller.identityId, stack.identityPoolId, 'authenticated',
                `${provider},${provider}:CognitoSignIn:${caller.sub}`]);
        return;
    }
    let message = '';
    try {
        message = JSON.parse(answer.body).Message ?? '';
    } catch {
        message = `(not JSON: ${answer.body.slice(0, 80)})`;
    }
    const resourceArn = `arn:aws:execute-api:${stack.region}:${stack.accountId}:${stack.apiId}/${stack.stage}/GET${resource}`;
    same(`${label} answers ${status} with x-amzn-errortype ${text}`,
        [answer.status, (answer.headers['x-amzn-errortype'] ?? '').split(':')[0]], [status, text]);
    check(`${label}: the message names the caller and the resource`,
        message.startsWith(`User: ${caller.arn} is not authorized to perform: execute-api:Invoke on resource: ${resourceArn}`),
        `got "${message}"`);
}

// --------------------------------------------------------------------------------------------- the walk

async function walkUser(stack, who) {
    const account = stack.users?.[who];
    const expected = WALKTHROUGH[who];
    if (!check(`${who}: the stack description names the user`, !!account?.username && !!account?.password, 'no username or password')) {
        return;
    }

    let mark = exchanges.length;
    const srp = await step(`${who}: signs in with SRP`, () => authenticate(stack, account.username, account.password));
    if (!check(`${who}: signs in with SRP (CognitoUser.authenticateUser)`, !!srp?.session, srp ? 'a challenge instead of tokens' : 'see above')) {
        return;
    }
    checkSrpWire(who, recordFrom(mark));
    const claims = await checkIdToken(stack, who, srp.session, expected);

    const attributes = await step(`${who}: reads their attributes`, () => userAttributes(srp.user));
    if (attributes) {
        same(`${who}: getUserAttributes (GetUser with the access token) names the same sub`,
            attributes.find(attribute => attribute.getName() === 'sub')?.getValue(), claims.sub);
    }
    mark = exchanges.length;
    const refreshed = await step(`${who}: refreshes the session`, () => refresh(srp.user, srp.session.getRefreshToken()));
    if (refreshed) {
        const [refreshCall] = recordFrom(mark);
        same(`${who}: refreshSession is InitiateAuth REFRESH_TOKEN_AUTH (DEVICE_KEY null, as from a browser), answered with new ID and access tokens`,
            [refreshCall?.request.AuthFlow, keys(refreshCall?.request.AuthParameters), refreshCall?.request.AuthParameters?.DEVICE_KEY,
                keys(refreshCall?.response.AuthenticationResult)],
            ['REFRESH_TOKEN_AUTH', ['DEVICE_KEY', 'REFRESH_TOKEN'], null, ['AccessToken', 'ExpiresIn', 'IdToken', 'TokenType']]);
        same(`${who}: the refreshed ID token names the same user and role`,
            [refreshed.getIdToken().decodePayload().sub, refreshed.getIdToken().decodePayload()['cognito:preferred_role']],
            [claims.sub, stack.roles[expected.role]]);
    }

    mark = exchanges.length;
    const password = await step(`${who}: signs in with USER_PASSWORD_AUTH`,
        () => authenticate(stack, account.username, account.password, 'USER_PASSWORD_AUTH'));
    const passwordWire = recordFrom(mark);
    if (check(`${who}: signs in with USER_PASSWORD_AUTH`, !!password?.session, 'no session')) {
        same(`${who}: USER_PASSWORD_AUTH is one InitiateAuth with USERNAME and PASSWORD`,
            passwordWire.map(e => [e.operation, e.request.AuthFlow, keys(e.request.AuthParameters)]),
            [['InitiateAuth', 'USER_PASSWORD_AUTH', ['PASSWORD', 'USERNAME']]]);
        checkTokensResult(who, passwordWire[0]);
        same(`${who}: that ID token names the same user and role`,
            [password.session.getIdToken().decodePayload().sub, password.session.getIdToken().decodePayload()['cognito:preferred_role']],
            [claims.sub, stack.roles[expected.role]]);
    }

    const exchanged = await step(`${who}: trades the ID token for credentials`,
        () => credentialsFor(stack, who, srp.session.getIdToken().getJwtToken()));
    if (!exchanged) {
        return;
    }
    const arn = await step(`${who}: STS GetCallerIdentity`, () => callerIdentity(stack, who, exchanged.credentials, expected.role));
    if (arn === undefined) {
        return;
    }
    const provided = await step(`${who}: fromCognitoIdentityPool`,
        () => providedCredentials(stack, who, srp.session.getIdToken().getJwtToken(), exchanged.identityId));
    if (provided) {
        await step(`${who}: STS GetCallerIdentity with the provider's credentials`,
            () => callerIdentity(stack, `${who} (provider's credentials)`, provided, expected.role));
    }
    const caller = { arn: sessionArn(stack, expected.role), identityId: exchanged.identityId, sub: claims.sub };
    if (who === 'John') {
        await refusals(stack, srp.session.getIdToken().getJwtToken(), exchanged);
    }
    for (const layout of apiLayouts(stack)) {
        for (const [resource, answerExpected] of Object.entries(expected.calls)) {
            const answer = await step(`${who}: GET ${resource} via ${layout.name}`,
                () => callApi(stack, layout, resource, exchanged.credentials));
            if (answer) {
                checkAnswer(stack, who, layout, resource, answer, answerExpected, caller);
            }
        }
    }
}

/** What AWS's errors look like to the SDK for JavaScript v3 and to aws4: a forged token, a wrong secret key. */
async function refusals(stack, idToken, exchanged) {
    const [header, payload, signature] = idToken.split('.');
    const flipped = secret(signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11));
    const forged = await failure(() => cognitoIdentity(stack).send(new GetCredentialsForIdentityCommand({
        IdentityId: exchanged.identityId,
        Logins: { [`cognito-idp.${stack.region}.amazonaws.com/${stack.userPoolId}`]: `${header}.${payload}.${flipped}` },
    })));
    same('an ID token with a forged signature gets NotAuthorizedException (400) "Invalid login token. Couldn\'t verify signed token."',
        [forged?.name, forged?.$metadata?.httpStatusCode, forged?.message],
        ['NotAuthorizedException', 400, 'Invalid login token. Couldn\'t verify signed token.']);

    const wrongSecret = { ...exchanged.credentials, secretAccessKey: secret(`${exchanged.credentials.secretAccessKey.slice(0, -1)}x`) };
    const sts403 = await failure(() => sts(stack, wrongSecret).send(new GetCallerIdentityCommand({})));
    check('STS GetCallerIdentity signed with a wrong secret key gets SignatureDoesNotMatch (403)',
        sts403?.name === 'SignatureDoesNotMatch' && sts403?.$metadata?.httpStatusCode === 403
        && (sts403?.message ?? '').startsWith('The request signature we calculated does not match the signature you provided.'),
        `got ${sts403?.name} (${sts403?.$metadata?.httpStatusCode}): ${sts403?.message}`);

    const [layout] = apiLayouts(stack);
    const api403 = await step('a call signed with a wrong secret key', () => callApi(stack, layout, '/user', wrongSecret));
    if (api403) {
        check('GET /api/user signed by aws4 with a wrong secret key answers 403 InvalidSignatureException',
            api403.status === 403 && (api403.headers['x-amzn-errortype'] ?? '').split(':')[0] === 'InvalidSignatureException'
            && (safeJson(api403.body).message ?? '').startsWith('The request signature we calculated does not match the signature you provided.'),
            `got ${api403.status} ${api403.headers['x-amzn-errortype']}`);
    }
}

/** The error a call fails with; undefined when it succeeds. */
async function failure(call) {
    try {
        await call();
        return undefined;
    } catch (error) {
        return error;
    }
}

async function wrongPassword(stack) {
    const account = stack.users.John;
    const wrong = secret(`${account.password}-not`);
    for (const flow of [undefined, 'USER_PASSWORD_AUTH']) {
        const name = flow ?? 'USER_SRP_AUTH';
        let error;
        try {
            await authenticate(stack, account.username, wrong, flow);
        } catch (e) {
            error = e;
        }
        same(`John with a wrong password (${name}) gets NotAuthorizedException "Incorrect username or password."`,
            [error?.code, error?.message], ['NotAuthorizedException', 'Incorrect username or password.']);
    }
}

async function unsignedCall(stack) {
    const [layout] = apiLayouts(stack);
    const answer = await step('an unsigned call is refused', () => callApi(stack, layout, '/user', null));
    if (answer) {
        same('an unsigned GET /api/user answers 403 MissingAuthenticationTokenException "Missing Authentication Token"',
            [answer.status, (answer.headers['x-amzn-errortype'] ?? '').split(':')[0], safeJson(answer.body).message],
            [403, 'MissingAuthenticationTokenException', 'Missing Authentication Token']);
    }
}

function safeJson(text) {
    try {
        return JSON.parse(text);
    } catch {
        return {};
    }
}

/** A password for the new-password challenge that meets the default policy; made here, never printed. */
function newPassword() {
    return `Np-${crypto.randomBytes(12).toString('base64url')}-7aZ`;
}

async function temporaryPasswordUser(stack) {
    const account = stack.temporaryPasswordUser;
    if (!account) {
        console.log('skip   a user with a temporary password: the stack description names none (temporaryPasswordUser)');
        return;
    }
    const who = 'the user with a temporary password';
    let mark = exchanges.length;
    const first = await step(`${who} signs in with SRP`, () => authenticate(stack, account.username, account.password));
    const challenge = first?.newPasswordRequired;
    if (!check(`${who} is asked for a new password (newPasswordRequired)`, !!challenge,
        first?.session ? 'signed in without a challenge' : 'see above')) {
        return;
    }
    const wire = recordFrom(mark);
    checkSrpWire(who, wire, false);
    const verifier = wire[1]?.response ?? {};
    same(`${who}: PASSWORD_VERIFIER is answered by NEW_PASSWORD_REQUIRED with a Session and JSON-string attributes`,
        [verifier.ChallengeName, typeof verifier.Session, keys(verifier.ChallengeParameters),
            typeof verifier.ChallengeParameters?.userAttributes, typeof verifier.ChallengeParameters?.requiredAttributes],
        ['NEW_PASSWORD_REQUIRED', 'string', ['USER_ID_FOR_SRP', 'requiredAttributes', 'userAttributes'], 'string', 'string']);
    same(`${who}: the SDK hands over the attributes as objects and no required ones`,
        [typeof challenge.userAttributes, challenge.requiredAttributes], ['object', []]);

    const chosen = secret(newPassword());
    mark = exchanges.length;
    const session = await step(`${who} completes the challenge`, () => completeNewPassword(challenge.user, chosen));
    const completion = recordFrom(mark);
    if (!check(`${who} completes NEW_PASSWORD_REQUIRED (completeNewPasswordChallenge) and gets tokens`, !!session, 'see above')) {
        return;
    }
    same(`${who}: RespondToAuthChallenge NEW_PASSWORD_REQUIRED sends back the Session with NEW_PASSWORD`,
        completion.map(e => [e.operation, e.request.ChallengeName, e.request.Session === verifier.Session,
            keys(e.request.ChallengeResponses)]),
        [['RespondToAuthChallenge', 'NEW_PASSWORD_REQUIRED', true, ['NEW_PASSWORD', 'USERNAME']]]);
    checkTokensResult(who, completion[0]);
    check(`${who}: the new ID token verifies with the pool's JWKS`, await verifySignature(stack, session.getIdToken().getJwtToken()),
        'no key of the JWKS verifies it');

    const again = await step(`${who} signs in with the new password`, () => authenticate(stack, account.username, chosen));
    check(`${who} signs in with SRP and the new password, without a challenge`, !!again?.session, 'no session');
    let error;
    try {
        await authenticate(stack, account.username, account.password);
    } catch (e) {
        error = e;
    }
    same(`${who}: the temporary password no longer works`, [error?.code, error?.message],
        ['NotAuthorizedException', 'Incorrect username or password.']);
}

// ------------------------------------------------------------------------------------------- sign-out

/** CognitoUser.signOut(callback): RevokeToken with the session's refresh token (the SDK skips it for tokens without origin_jti). */
function signOut(user) {
    return new Promise(resolve => user.signOut(error => resolve(error)));
}

/** CognitoUser.globalSignOut: GlobalSignOut with the session's access token. */
function globalSignOut(user) {
    return new Promise((resolve, reject) => user.globalSignOut({ onSuccess: resolve, onFailure: reject }));
}

/** GetUser with a given access token, as the SDK's own client sends it (no retries): resolves with the error, if any. */
function getUserWith(stack, accessToken) {
    return new Promise(resolve => userPool(stack).client.request('GetUser', { AccessToken: accessToken }, error => resolve(error)));
}

/** Refreshing with a refresh token that should no longer work: the SDK's refreshSession, which retries, then gives up. */
async function refusedRefresh(stack, username, refreshToken) {
    const user = new CognitoUser({ Username: username, Pool: userPool(stack), Storage: storage });
    return failure(() => refresh(user, refreshToken));
}

function checkRevoked(who, what, error, message) {
    same(`${who}: ${what} is refused with NotAuthorizedException "${message}"`, [error?.code, error?.message],
        ['NotAuthorizedException', message]);
}

/**
 * Signing out as a browser app does: signOut(callback) revokes this session's refresh token (RevokeToken) and with it
 * the access tokens it issued; globalSignOut ends every session of the user. Afterwards the refresh tokens are refused.
 */
async function signOuts(stack) {
    const account = stack.users.John;
    const who = 'John';
    const first = await step(`${who} signs in to sign out`, () => authenticate(stack, account.username, account.password));
    if (!check(`${who} signs in again (SRP) for the sign-out`, !!first?.session, 'see above')) {
        return;
    }
    const firstRefresh = first.session.getRefreshToken();
    const firstAccess = first.session.getAccessToken().getJwtToken();
    check(`${who}: the access token carries origin_jti, so the SDK will revoke the session`,
        !!first.session.getAccessToken().decodePayload().origin_jti, 'no origin_jti');

    let mark = exchanges.length;
    const signOutError = await signOut(first.user);
    const signOutWire = recordFrom(mark);
    check(`${who}: signOut(callback) succeeds`, !signOutError, describe(signOutError));
    same(`${who}: signOut(callback) is RevokeToken with ClientId and the refresh token, answered 200`,
        signOutWire.map(e => [e.operation, keys(e.request), e.request.Token === firstRefresh.getToken(), e.status]),
        [['RevokeToken', ['ClientId', 'Token'], true, 200]]);
    checkRevoked(who, 'after signOut(callback), GetUser with that session\'s access token', await getUserWith(stack, firstAccess),
        'Access Token has been revoked');
    checkRevoked(who, 'after signOut(callback), refreshSession with the revoked refresh token',
        await refusedRefresh(stack, account.username, firstRefresh), 'Refresh Token has been revoked');

    const laptop = await step(`${who} signs in on a laptop`, () => authenticate(stack, account.username, account.password));
    const phone = await step(`${who} signs in on a phone`,
        () => authenticate(stack, account.username, account.password, 'USER_PASSWORD_AUTH'));
    if (!check(`${who} has two live sessions`, !!laptop?.session && !!phone?.session, 'see above')) {
        return;
    }
    const laptopRefresh = laptop.session.getRefreshToken();
    mark = exchanges.length;
    const signedOut = await step(`${who}: globalSignOut`, () => globalSignOut(phone.user));
    const globalWire = recordFrom(mark);
    check(`${who}: globalSignOut succeeds`, signedOut === 'SUCCESS', `got ${signedOut}`);
    same(`${who}: globalSignOut is GlobalSignOut with the access token, answered 200`,
        globalWire.map(e => [e.operation, keys(e.request), e.request.AccessToken === phone.session.getAccessToken().getJwtToken(), e.status]),
        [['GlobalSignOut', ['AccessToken'], true, 200]]);
    checkRevoked(who, 'after globalSignOut, GetUser with the other session\'s access token',
        await getUserWith(stack, laptop.session.getAccessToken().getJwtToken()), 'Access Token has been revoked');
    checkRevoked(who, 'after globalSignOut, refreshSession with the other session\'s refresh token',
        await refusedRefresh(stack, account.username, laptopRefresh), 'Refresh Token has been revoked');
    const again = await step(`${who} signs in after signing out`, () => authenticate(stack, account.username, account.password));
    check(`${who} can sign in again after signing out everywhere`, !!again?.session, 'no session');
}

function missingFields(stack) {
    return ['region', 'accountId', 'userPoolId', 'clientId', 'identityPoolId', 'apiId', 'stage', 'roles', 'users']
        .filter(name => !stack[name]);
}

async function main() {
    const file = process.argv[2];
    if (!file) {
        console.error('usage: node walkthrough.mjs <stack.json>');
        process.exit(2);
    }
    const stack = JSON.parse(await readFile(file, 'utf8'));
    const missing = missingFields(stack);
    if (missing.length > 0) {
        console.error(`${file} lacks ${missing.join(', ')}`);
        process.exit(2);
    }
    stack.endpoint = stack.endpoint?.replace(/\/+$/, '');
    Object.values(stack.users).forEach(user => secret(user.password));
    secret(stack.temporaryPasswordUser?.password);
    console.log(`# the walkthrough's JavaScript clients against ${stack.endpoint ?? `AWS (${stack.region})`}`);

    for (const who of Object.keys(WALKTHROUGH)) {
        await walkUser(stack, who);
    }
    await wrongPassword(stack);
    await unsignedCall(stack);
    await temporaryPasswordUser(stack);
    await signOuts(stack);

    console.log(`# ${checks} checks, ${failures} failed`);
    process.exitCode = failures === 0 ? 0 : 1;
}

main().catch(error => {
    console.log(redact(`FAILED the walkthrough stopped: ${describe(error)}`));
    process.exitCode = 1;
});
