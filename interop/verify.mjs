#!/usr/bin/env node
// Verifies a Data Integrity (eddsa-rdfc-2022) credential with Digital Bazaar's JavaScript stack, the
// one the Digital Credentials Consortium's verifier is built on, so we know our credentials verify
// outside our own code.
//
//   node interop/verify.mjs <credential.json>
//
// Prints one line of JSON, {"verified":true} or {"verified":false,"error":"..."}; exit code 0 when
// verified, 1 when not, 2 on a usage error.
//
// Nothing is fetched from the web: JSON-LD contexts come from the project's bundled set
// (credentials/src/main/resources/contexts, read at run time) and from the npm packages that ship
// them; did:key is resolved locally; http(s) is fetched only from loopback hosts (our
// issuance-service in the end-to-end tests). Status lists are NOT checked here: our own verifier
// (wallet-service POST /api/v1/verify) checks them; this script checks the proof, the proof purpose
// against the issuer's controller document, and the validity window.
import {readFile} from 'node:fs/promises';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as DidKey from '@digitalbazaar/did-method-key';

import {bundledContexts, fetchLoopback, MAX_CREDENTIAL_BYTES, MULTIKEY_V1} from './local-documents.mjs';

function didKeyResolver() {
  const driver = DidKey.driver();
  driver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});
  return url => driver.get({url});
}

/**
 * An http(s) verification method is either a key URL (`<issuerId>/keys/<keyId>`, what our proofs name),
 * which answers the Multikey document itself and is handed over as served, or the older
 * `<issuerId>#<keyId>`, which the issuer profile (our controller document) lists in
 * `verificationMethod`: DB's Multikey code wants it as a document of its own with the Multikey
 * context, so that is what we hand over. The profile itself is handed over as served, for the
 * proof-purpose check.
 */
function httpResolver() {
  const profiles = new Map();
  const profile = url => {
    if(!profiles.has(url)) {
      profiles.set(url, fetchLoopback(url));
    }
    return profiles.get(url);
  };
  return async url => {
    const hash = url.indexOf('#');
    if(hash < 0) {
      return profile(url);
    }
    const document = await profile(url.slice(0, hash));
    const methods = [].concat(document.verificationMethod ?? []);
    const method = methods.find(m => m && typeof m === 'object' && m.id === url);
    if(!method) {
      throw new Error(`"${url}" is not a verificationMethod of "${url.slice(0, hash)}".`);
    }
    return {'@context': MULTIKEY_V1, ...method};
  };
}

async function documentLoaderOf() {
  const contexts = await bundledContexts();
  const didKey = didKeyResolver();
  const http = httpResolver();
  return async url => {
    if(contexts.has(url)) {
      return {contextUrl: null, documentUrl: url, document: structuredClone(contexts.get(url))};
    }
    let document;
    if(url.startsWith('did:key:')) {
      document = await didKey(url);
    } else if(/^https?:\/\//i.test(url)) {
      document = await http(url);
    } else {
      throw new Error(`Refusing to load "${url}": only bundled contexts, did:key and loopback URLs.`);
    }
    return {contextUrl: null, documentUrl: url, document};
  };
}

/** The innermost messages of DB's nested verification errors, joined. */
function describe(result) {
  const messages = [];
  const visit = error => {
    if(!error) {
      return;
    }
    if(Array.isArray(error)) {
      error.forEach(visit);
      return;
    }
    if(Array.isArray(error.errors) && error.errors.length > 0) {
      error.errors.forEach(visit);
      return;
    }
    // jsonld.js's safe mode says only "Safe mode validation error."; the event names the term.
    const event = error.details?.event;
    const property = event?.details?.property;
    const cause = error.details?.cause?.message;
    messages.push((error.message || String(error)) + (event ? ` ${event.message}` : '') +
      (property ? ` (property "${property}")` : '') + (cause ? ` Cause: ${cause}` : ''));
  };
  visit(result.error);
  for(const r of result.results ?? []) {
    visit(r.error);
    visit(r.purposeResult?.error);
  }
  return [...new Set(messages)].join('; ') || 'not verified';
}

function finish(verified, error) {
  process.stdout.write(JSON.stringify(verified ? {verified} : {verified, error}) + '\n');
  process.exitCode = verified ? 0 : 1;
}

async function main() {
  const file = process.argv[2];
  if(!file || process.argv.length > 3) {
    process.stderr.write('usage: node interop/verify.mjs <credential.json>\n');
    process.exitCode = 2;
    return;
  }
  let credential;
  try {
    const text = await readFile(file, 'utf8');
    if(Buffer.byteLength(text) > MAX_CREDENTIAL_BYTES) {
      return finish(false, `credential larger than ${MAX_CREDENTIAL_BYTES} bytes`);
    }
    credential = JSON.parse(text);
  } catch(e) {
    return finish(false, `cannot read credential: ${e.message}`);
  }
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite}),
    documentLoader: await documentLoaderOf(),
    // Status lists are our own verifier's job (wallet-service); here only proof, purpose, dates.
    checkStatus: async () => ({verified: true})
  });
  finish(result.verified === true, result.verified ? undefined : describe(result));
}

main().catch(e => finish(false, e.message || String(e)));
