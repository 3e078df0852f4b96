// What both interop verifiers read without the web: JSON-LD contexts (the project's bundled set, those an operator
// supplies, and those Digital Bazaar's packages ship) and documents on loopback hosts (our issuance-service in the
// end-to-end tests). Used by verify.mjs (Digital Bazaar) and verify-dcc.mjs (the DCC's verifier-core).
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);
const multikeyContext = require('@digitalbazaar/multikey-context');
const securityContext = require('@digitalbazaar/security-context');
const didContext = require('did-context');
const ed25519Signature2020Context = require('ed25519-signature-2020-context');

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CONTEXT_DIR = path.resolve(HERE, '../credentials/src/main/resources/contexts');
export const MULTIKEY_V1 = multikeyContext.CONTEXT_URL; // https://w3id.org/security/multikey/v1
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_CREDENTIAL_BYTES = 1_000_000;

export async function bundledContexts() {
  const index = JSON.parse(await readFile(path.join(CONTEXT_DIR, 'index.json'), 'utf8'));
  const contexts = new Map();
  for(const [url, file] of Object.entries(index)) {
    contexts.set(url, JSON.parse(await readFile(path.join(CONTEXT_DIR, file), 'utf8')));
  }
  // Contexts an operator supplies as files, as the Java library reads them (BundledContexts): the CLR 2.0
  // context, which the project may not ship. Ours win where both have one.
  // As BundledContexts reads it: directories separated by the path separator, an earlier one winning.
  const supplied = (process.env.MICROCRED_JSONLD_CONTEXTS_DIR || '').split(path.delimiter).filter(Boolean);
  for(const directory of supplied) {
    const suppliedIndex = JSON.parse(await readFile(path.join(directory, 'index.json'), 'utf8'));
    for(const [url, file] of Object.entries(suppliedIndex)) {
      if(!contexts.has(url)) {
        contexts.set(url, JSON.parse(await readFile(path.join(directory, file), 'utf8')));
      }
    }
  }
  // Not in our bundle (ours win where both have one), shipped by Digital Bazaar's packages: the
  // Multikey context DB's key code requires on a verification method, the DID context a
  // controller document may use, the security contexts jsonld-signatures frames a controller
  // document with, and the Ed25519Signature2020 context of proofs by wallets such as the LCW.
  for(const pkg of [multikeyContext, didContext, securityContext, ed25519Signature2020Context]) {
    for(const [url, context] of pkg.contexts) {
      if(!contexts.has(url)) {
        contexts.set(url, context);
      }
    }
  }
  return contexts;
}

/** Whether the URL is http(s) on a loopback host. */
export function isLoopback(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return ['http:', 'https:'].includes(parsed.protocol) && LOOPBACK.has(parsed.hostname);
}

/** Fetches JSON from a loopback http(s) URL only; anything else is refused. */
export async function fetchLoopback(url) {
  if(!isLoopback(url)) {
    throw new Error(`Refusing to load "${url}": only bundled contexts, did:key and loopback URLs.`);
  }
  const response = await fetch(url, {
    headers: {accept: 'application/ld+json, application/json'},
    redirect: 'error',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS)
  });
  if(!response.ok) {
    throw new Error(`GET ${url} answered ${response.status}.`);
  }
  return response.json();
}
