'use strict';
/*
 * Writes src/test/resources/srp/cognito-srp-vectors.json: known answers for Cognito's USER_SRP_AUTH,
 * computed by the browser SDK itself (amazon-cognito-identity-js, the version pinned in package.json),
 * so that the Java code is checked against an implementation it shares no code with.
 *
 * The client side is the SDK's real sign-in path: CognitoUser.authenticateUser with a stand-in for the
 * HTTP client, the SDK's random `a` and its clock replaced by fixed values. The server side (v, B, and
 * the server's S) is the SRP-6a counterpart written here with the SDK's own BigInteger and hashing; the
 * script stops if the server's S differs from the S the SDK derived, so every vector is a handshake
 * that succeeds. See README.md beside this file for how to run it.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { AuthenticationHelper, AuthenticationDetails, CognitoUser, CognitoUserPool, DateHelper } =
    require('amazon-cognito-identity-js');
const BigInteger = require('amazon-cognito-identity-js/lib/BigInteger').default;
const sdkVersion = require('amazon-cognito-identity-js/package.json').version;

const OUT = path.join(__dirname, '..', '..', 'src', 'test', 'resources', 'srp', 'cognito-srp-vectors.json');

/** Deterministic "random" bytes: SHA-256 in counter mode over a label, so that a rerun gives the same file. */
function bytes(label, n) {
    const out = [];
    for (let i = 0; Buffer.concat(out).length < n; i++) {
        out.push(crypto.createHash('sha256').update(`${label}|${i}`).digest());
    }
    return Buffer.concat(out).subarray(0, n);
}

const bigHex = buf => new BigInteger(buf.toString('hex'), 16);
// The SDK's modPow hands its result to a callback (and also returns it); this one needs no callback.
const modPow = (base, exponent, modulus) => base.modPow(exponent, modulus, () => {});

// The SDK draws `a` in its constructor and reads the time with `new Date()`; both are pinned here.
let fixedSmallA = null;
AuthenticationHelper.prototype.generateRandomSmallA = function () {
    return fixedSmallA;
};
const RealDate = Date;
let fixedMillis = 0;
class FixedDate extends RealDate {
    constructor(...args) {
        if (args.length === 0) super(fixedMillis); else super(...args);
    }
    static now() {
        return fixedMillis;
    }
}
global.Date = FixedDate;

// Records what the SDK computes inside the helper (x and S are not otherwise visible).
let seen = {};
const originalCalculateS = AuthenticationHelper.prototype.calculateS;
AuthenticationHelper.prototype.calculateS = function (x, b, callback) {
    seen.x = x;
    seen.helper = this;
    return originalCalculateS.call(this, x, b, (err, s) => {
        seen.S = s;
        callback(err, s);
    });
};
const originalComputeHkdf = AuthenticationHelper.prototype.computehkdf;
AuthenticationHelper.prototype.computehkdf = function (ikm, salt) {
    const key = originalComputeHkdf.call(this, ikm, salt);
    seen.hkdf = Buffer.from(key);
    return key;
};

function serverSide(helper, c, largeA) {
    const salt = new BigInteger(c.salt, 16);
    const x = new BigInteger(helper.hexHash(helper.padHex(salt) + helper.hash(`${c.poolName}${c.userIdForSrp}:${c.password}`)), 16);
    const v = modPow(helper.g, x, helper.N);
    const b = bigHex(c.smallB);
    const B = helper.k.multiply(v).add(modPow(helper.g, b, helper.N)).mod(helper.N);
    const u = helper.calculateU(largeA, B);
    // S = (A·v^u)^b mod N, computed on demand: the search below often needs only u.
    return { x, v, B, u, get S() { return modPow(largeA.multiply(modPow(v, u, helper.N)), b, helper.N); } };
}

/** Runs the SDK's sign-in for one case and returns what it sent and what it computed. */
function signIn(c) {
    fixedSmallA = bigHex(c.smallA);
    fixedMillis = RealDate.parse(c.instant);
    seen = {};
    const pool = new CognitoUserPool({ UserPoolId: c.userPoolId, ClientId: c.clientId });
    const helper = new AuthenticationHelper(c.poolName);
    const server = serverSide(helper, c, helper.largeAValue);
    const sent = {};
    pool.client = {
        request(operation, params, callback) {
            sent[operation] = params;
            if (operation === 'InitiateAuth') {
                return callback(null, {
                    ChallengeName: 'PASSWORD_VERIFIER',
                    ChallengeParameters: {
                        SALT: c.salt, SRP_B: server.B.toString(16), SECRET_BLOCK: c.secretBlock,
                        USERNAME: c.userIdForSrp, USER_ID_FOR_SRP: c.userIdForSrp,
                    },
                });
            }
            return callback({ code: 'StopHere', message: 'vector captured' });
        },
    };
    const user = new CognitoUser({ Username: c.signInName, Pool: pool });
    user.setAuthenticationFlowType('USER_SRP_AUTH');
    let failure = null;
    user.authenticateUser(new AuthenticationDetails({ Username: c.signInName, Password: c.password }), {
        onSuccess: () => { failure = new Error('unexpected success'); },
        onFailure: err => { if (err.code !== 'StopHere') failure = err; },
    });
    if (failure) throw failure;
    if (!seen.S.equals(server.S)) throw new Error(`${c.name}: the server's S differs from the SDK's`);
    if (!seen.x.equals(server.x)) throw new Error(`${c.name}: the server's x differs from the SDK's`);
    const responses = sent.RespondToAuthChallenge.ChallengeResponses;
    return {
        k: seen.helper.k.toString(16),
        SRP_A: sent.InitiateAuth.AuthParameters.SRP_A,
        padHexA: seen.helper.padHex(seen.helper.largeAValue),
        x: seen.x.toString(16),
        v: server.v.toString(16),
        SRP_B: server.B.toString(16),
        u: seen.helper.UValue.toString(16),
        padHexU: seen.helper.padHex(seen.helper.UValue),
        S: seen.S.toString(16),
        padHexS: seen.helper.padHex(seen.S),
        hkdfKey: seen.hkdf.toString('hex'),
        challengeResponses: responses,
    };
}

function makeCase(spec) {
    const c = Object.assign({ clientId: '1example23456789abcdefghij' }, spec);
    c.poolName = c.userPoolId.split('_')[1];
    c.smallA = (spec.smallA || bytes(`a|${spec.name}`, 128)).toString('hex');
    c.smallB = (spec.smallB || bytes(`b|${spec.name}`, 128)).toString('hex');
    const salt = bytes(`salt|${spec.name}`, 16);
    if (spec.saltFirstByte !== undefined) salt[0] = spec.saltFirstByte;
    c.salt = salt.toString('hex');
    c.secretBlock = bytes(`secret-block|${spec.name}`, spec.secretBlockLength || 700).toString('base64');
    return c;
}

/**
 * Tries b values until `accept` holds, to pin a rare padding case: u whose hash starts with a zero byte
 * followed by one below 0x80 (so padHex(u) is shorter than the raw 32-byte hash), S shorter than N.
 */
function searchB(spec, accept) {
    for (let attempt = 0; attempt < 5000; attempt++) {
        const smallB = bytes(`b|${spec.name}|attempt=${attempt}`, 128);
        const c = makeCase(Object.assign({}, spec, { smallB }));
        fixedSmallA = bigHex(c.smallA);
        const helper = new AuthenticationHelper(c.poolName);
        if (accept(serverSide(helper, c, helper.largeAValue))) return Object.assign({}, spec, { smallB });
    }
    throw new Error(`no b found for ${spec.name}`);
}


const specs = [
    { name: 'ascii-user', userPoolId: 'us-east-1_Abc123XyZ', userIdForSrp: 'john', signInName: 'john',
        password: 'Passw0rd!', saltFirstByte: 0xc3, instant: '2026-12-01T09:05:07Z' },
    { name: 'uuid-user-unicode-password', userPoolId: 'eu-central-1_Xy9Z8w7V6',
        userIdForSrp: '4f1c2a9e-7b3d-4c55-9a0e-2d6f8b1c3e47', signInName: 'rose@example.com',
        password: 'Pässwörd-密码-🔑', saltFirstByte: 0x5e, instant: '2026-11-27T02:36:04Z' },
    { name: 'salt-low-first-nibble', userPoolId: 'us-west-2_q1W2e3R4t', userIdForSrp: 'alice.smith',
        signInName: 'alice.smith', password: 'correct horse battery staple', saltFirstByte: 0x0a,
        instant: '2027-02-28T23:59:59Z', secretBlockLength: 1 },
    { name: 'salt-leading-zero-byte', userPoolId: 'ap-southeast-2_ZZZZZZZZZ', userIdForSrp: 'zero.salt',
        signInName: 'zero.salt', password: 'S4lt-starts-with-00', saltFirstByte: 0x00,
        instant: '2028-02-29T00:00:00Z', secretBlockLength: 1024 },
    { name: 'long-password', userPoolId: 'us-east-1_LongPwd01', userIdForSrp: 'user+tag@example.com',
        signInName: 'user+tag@example.com', password: 'x'.repeat(150) + '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
        saltFirstByte: 0x80, instant: '2026-10-10T10:10:10Z' },
    searchB({ name: 'u-leading-zero-byte', userPoolId: 'us-east-1_PadU00', userIdForSrp: 'pad.u',
        signInName: 'pad.u', password: 'Pad-U-1234', saltFirstByte: 0x77, instant: '2026-01-04T00:00:09Z' },
        s => s.u.bitLength() <= 247),
    searchB({ name: 'S-leading-zero-byte', userPoolId: 'us-east-1_PadS00', userIdForSrp: 'pad.s',
        signInName: 'pad.s', password: 'Pad-S-5678', saltFirstByte: 0x99, instant: '2026-07-05T13:45:00Z' },
        s => s.S.bitLength() <= 3064),
];

const handshakes = specs.map(makeCase).map(c => {
    const out = signIn(c);
    delete c.saltFirstByte;
    delete c.secretBlockLength;
    return { input: c, expected: out };
});

const padHex = ['0', '1', '7f', '80', 'ff', '100', 'abc', '8000', '0fff'].map(hex => {
    const h = new AuthenticationHelper('x');
    return { value: hex, padHex: h.padHex(new BigInteger(hex, 16)) };
});

const timestamps = ['2026-12-01T09:05:07Z', '2026-11-27T02:36:04Z', '2026-01-04T00:00:00Z', '2027-02-28T23:59:59Z',
    '2028-02-29T12:00:00Z', '2030-05-09T07:08:09Z', '2031-08-31T19:30:05Z', '2000-01-01T00:00:00Z',
    '2026-03-15T23:04:00Z', '2029-09-10T10:10:10Z'].map(instant => {
    fixedMillis = RealDate.parse(instant);
    return { instant, timestamp: new DateHelper().getNowString() };
});

// SECRET_HASH is not computed by amazon-cognito-identity-js (it does not support client secrets); these are
// Node's own HMAC-SHA256 over the documented message, username followed by client id.
const secretHashes = [
    { clientSecret: '1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x2c3v4b5n6m', username: 'john',
        clientId: '1example23456789abcdefghij' },
    { clientSecret: 'secret-with-ümlaut', username: '4f1c2a9e-7b3d-4c55-9a0e-2d6f8b1c3e47',
        clientId: '7abcdefghijklmnopqrstuvwxy' },
].map(v => Object.assign(v, {
    secretHash: crypto.createHmac('sha256', Buffer.from(v.clientSecret, 'utf8'))
        .update(Buffer.from(v.username + v.clientId, 'utf8')).digest('base64'),
}));

const doc = {
    producedBy: `interop/srp/generate-vectors.js with amazon-cognito-identity-js ${sdkVersion} on Node ${process.version}`,
    handshakes, padHex, timestamps, secretHashes,
};
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify(doc, null, 2) + '\n');
console.log(`wrote ${handshakes.length} handshakes, ${timestamps.length} timestamps to ${path.relative(process.cwd(), OUT)}`);
