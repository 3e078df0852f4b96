#!/usr/bin/env node
// Verifies a credential with the Digital Credentials Consortium's verifier-core
// (@digitalcredentials/verifier-core), the verifier inside the Learner Credential Wallet and DCC's
// other tools, as it runs there: its own document loader, its own key resolution (it fetches a
// verificationMethod URL without its fragment), its own status-list and expiry checks.
//
//   node interop/verify-dcc.mjs <credential.json>
//
// Prints one line of JSON: {"verified":..., "checks":{"signature","expiration","status"},
// "registeredIssuer":..., "errors":..., "log":...} (the log and errors as verifier-core gave them).
// Exit code 0 when the signature, the validity window and the status (when the credential has one)
// all pass; 1 when not; 2 on a usage error. The issuer-registry check (DCC's lists of known issuers,
// on the internet) is informative only: it is reported, never required.
//
// Offline: verifier-core builds its document loader when it is imported and fetches every http(s)
// URL through the global fetch (ky). This script puts a fetch in front of it before importing it:
// loopback URLs (our services in the end-to-end tests) are fetched; the JSON-LD contexts a wallet
// would fetch from w3id.org and the like are answered from the same local set verify.mjs uses;
// everything else (issuer registries, schemas) is refused as a network error, which verifier-core
// reports as an unchecked registry or an unchecked schema.
import {readFile} from 'node:fs/promises';

import {bundledContexts, FETCH_TIMEOUT_MS, isLoopback, MAX_CREDENTIAL_BYTES} from './local-documents.mjs';

// The registry the DCC's README names for trying its verifier; unreachable here, so informative.
const KNOWN_DID_REGISTRIES = [{
  name: 'DCC Sandbox Registry',
  type: 'dcc-legacy',
  url: 'https://digitalcredentials.github.io/sandbox-registry/registry.json'
}];

function localFetch(contexts, networkFetch) {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if(contexts.has(url)) {
      return new Response(JSON.stringify(contexts.get(url)),
        {status: 200, headers: {'content-type': 'application/ld+json'}});
    }
    if(isLoopback(url)) {
      const request = input instanceof Request ? input : new Request(url, init);
      return networkFetch(request, {redirect: 'error', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS)});
    }
    throw new TypeError(`offline: not fetching ${url} (only loopback URLs and local JSON-LD contexts)`);
  };
}

function logEntry(result, id) {
  return (result.log ?? []).find(entry => entry.id === id);
}

/** verifier-core's answer, read as this project requires it: signature, expiry and status must pass. */
function judge(credential, result) {
  const signature = logEntry(result, 'valid_signature');
  const expiration = logEntry(result, 'expiration');
  const status = logEntry(result, 'revocation_status');
  const registered = logEntry(result, 'registered_issuer');
  const checks = {
    signature: signature?.valid === true,
    expiration: expiration?.valid === true,
    status: credential.credentialStatus ? status?.valid === true && !status.error : 'no credentialStatus'
  };
  const fatal = (result.errors ?? []).map(e => ({name: e.name, message: e.message}));
  const verified = fatal.length === 0 && checks.signature && checks.expiration && checks.status !== false;
  return {
    verified,
    checks,
    registeredIssuer: registered ? {valid: registered.valid, uncheckedRegistries:
      (registered.uncheckedRegistries ?? []).map(r => r.name ?? r.url)} : null,
    schemaCheck: (result.additionalInformation ?? []).find(entry => entry.id === 'schema_check')?.results ?? null,
    ...(fatal.length ? {errors: fatal} : {}),
    log: (result.log ?? []).map(({matchingIssuers, uncheckedRegistries, ...entry}) => entry)
  };
}

function finish(answer) {
  process.stdout.write(JSON.stringify(answer) + '\n');
  process.exitCode = answer.verified ? 0 : 1;
}

async function main() {
  const file = process.argv[2];
  if(!file || process.argv.length > 3) {
    process.stderr.write('usage: node interop/verify-dcc.mjs <credential.json>\n');
    process.exitCode = 2;
    return;
  }
  let credential;
  try {
    const text = await readFile(file, 'utf8');
    if(Buffer.byteLength(text) > MAX_CREDENTIAL_BYTES) {
      return finish({verified: false, errors: [{message: `credential larger than ${MAX_CREDENTIAL_BYTES} bytes`}]});
    }
    credential = JSON.parse(text);
  } catch(e) {
    return finish({verified: false, errors: [{message: `cannot read credential: ${e.message}`}]});
  }
  globalThis.fetch = localFetch(await bundledContexts(), globalThis.fetch.bind(globalThis));
  // verifier-core logs its (expected, offline) registry and schema fetch failures with stack traces on
  // console.log and console.error: one line each, on stderr, keeps stdout for the answer.
  console.log = console.error = (...args) => process.stderr.write(
    args.map(a => (a instanceof Error ? a.message : String(a))).join(' ') + '\n');
  const {verifyCredential} = await import('@digitalcredentials/verifier-core');
  const result = await verifyCredential({credential, knownDIDRegistries: KNOWN_DID_REGISTRIES});
  finish(judge(credential, result));
}

main().catch(e => finish({verified: false, errors: [{message: e.message || String(e)}]}));
