#!/usr/bin/env node
// Makes the DID-authentication presentation vectors that credentials' PresentationProofsTest verifies, with
// Digital Bazaar's stack (what the Learner Credential Wallet signs with), and checks each with the same stack's
// verifier. Only this script and its output are committed, never node_modules.
//
// Pinned versions (npm install in a scratch directory, copy this script there, run it from there):
//   npm install @digitalbazaar/vc@7.3.0 @digitalbazaar/ed25519-signature-2020@5.4.0 \
//     @digitalbazaar/ed25519-verification-key-2020@4.2.0 @digitalbazaar/data-integrity@2.5.0 \
//     @digitalbazaar/eddsa-rdfc-2022-cryptosuite@1.3.0 @digitalbazaar/ed25519-multikey@1.3.1 \
//     @digitalbazaar/did-method-key@5.3.0 @digitalbazaar/security-document-loader@3.2.0 \
//     ed25519-signature-2020-context@1.1.0 jsonld-signatures@11.6.0 \
//     @digitalbazaar/ecdsa-rdfc-2019-cryptosuite@1.3.0 @digitalbazaar/ecdsa-multikey@1.8.0 \
//     @digitalbazaar/multikey-context@2.0.1
//   node make-vectors.mjs <repository>/credentials/src/test/resources/holder <repository>
//
// The keys come from fixed seeds and the proofs carry a fixed `created`, so the Ed25519 output is the same on every
// run (Ed25519 signatures are deterministic); the P-256 (ecdsa-rdfc-2019) signatures are randomised, so those files
// change on each run and still verify.
import {readFile, writeFile, mkdir} from 'node:fs/promises';
import {createECDH} from 'node:crypto';
import {createRequire} from 'node:module';
import path from 'node:path';

import * as vc from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import {Ed25519Signature2020} from '@digitalbazaar/ed25519-signature-2020';
import {Ed25519VerificationKey2020} from '@digitalbazaar/ed25519-verification-key-2020';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as DidKey from '@digitalbazaar/did-method-key';
import {securityLoader} from '@digitalbazaar/security-document-loader';
import {cryptosuite as ecdsaRdfc2019} from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';

const multikeyContext = createRequire(import.meta.url)('@digitalbazaar/multikey-context');

const [outDir, repository] = process.argv.slice(2);
if(!outDir || !repository) {
  console.error('usage: node make-vectors.mjs <output directory> <repository root>');
  process.exit(2);
}

const CREATED = '2026-12-06T03:00:00Z';
const CHALLENGE = 'ch_5Vq0Yt2bN8xKp4Ld7RzW';
const DOMAIN = 'https://issuer.example';
const VC1 = 'https://www.w3.org/2018/credentials/v1';
const VC2 = 'https://www.w3.org/ns/credentials/v2';
const {AuthenticationProofPurpose, AssertionProofPurpose} = jsigs.purposes;

// The project's bundled contexts (the same files the Java library reads), then Digital Bazaar's.
async function documentLoader(didKeyFrom) {
  const contextsDir = path.join(repository, 'credentials/src/main/resources/contexts');
  const index = JSON.parse(await readFile(path.join(contextsDir, 'index.json'), 'utf8'));
  const loader = securityLoader();
  for(const [url, file] of Object.entries(index)) {
    loader.addStatic(url, JSON.parse(await readFile(path.join(contextsDir, file), 'utf8')));
  }
  for(const [url, context] of multikeyContext.contexts) {
    loader.addStatic(url, context);
  }
  const driver = DidKey.driver();
  driver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: didKeyFrom});
  driver.use({multibaseMultikeyHeader: 'zDna', fromMultibase: EcdsaMultikey.from});
  const documents = loader.build();
  return async url => {
    if(url.startsWith('did:key:')) {
      return {contextUrl: null, documentUrl: url, document: await driver.get({url})};
    }
    if(url.startsWith('did:jwk:')) {
      return {contextUrl: null, documentUrl: url, document: await didJwkDocument(url)};
    }
    return documents(url);
  };
}

// did:jwk (its document is the JWK itself), resolved here as the did:jwk specification describes it, with the key
// as a Multikey so that Digital Bazaar's ECDSA suite reads it.
async function didJwkDocument(url) {
  const did = url.split('#')[0];
  const jwk = JSON.parse(Buffer.from(did.slice('did:jwk:'.length), 'base64url').toString('utf8'));
  const key = await EcdsaMultikey.fromJwk({jwk, id: `${did}#0`, controller: did});
  const method = {'@context': multikeyContext.CONTEXT_URL, ...await key.export({publicKey: true})};
  if(url.includes('#')) {
    return method;
  }
  return {
    '@context': ['https://www.w3.org/ns/did/v1', multikeyContext.CONTEXT_URL],
    id: did, verificationMethod: [method], authentication: [method.id], assertionMethod: [method.id]
  };
}

function seed(byte) {
  return new Uint8Array(32).fill(byte);
}

async function key2020(byte) {
  const key = await Ed25519VerificationKey2020.generate({seed: seed(byte)});
  const did = `did:key:${key.fingerprint()}`;
  key.controller = did;
  key.id = `${did}#${key.fingerprint()}`;
  return {did, suite: new Ed25519Signature2020({key, date: CREATED})};
}

async function keyMultikey(byte) {
  const probe = await Ed25519Multikey.generate({seed: seed(byte)});
  const fingerprint = probe.publicKeyMultibase;
  const did = `did:key:${fingerprint}`;
  const key = await Ed25519Multikey.generate({seed: seed(byte), controller: did, id: `${did}#${fingerprint}`});
  return {did, suite: new DataIntegrityProof({signer: key.signer(), cryptosuite: eddsaRdfc2022, date: CREATED})};
}

// A fixed P-256 private key (the scalar 0x0101...01), so that its DIDs are the same on every run.
async function keyP256(didJwk) {
  const ecdh = createECDH('prime256v1');
  const d = Buffer.alloc(32, 1);
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const publicJwk = {crv: 'P-256', kty: 'EC', x: point.subarray(1, 33).toString('base64url'),
    y: point.subarray(33).toString('base64url')};
  const probe = await EcdsaMultikey.fromJwk({jwk: {...publicJwk, d: d.toString('base64url')}, secretKey: true});
  const did = didJwk
    ? `did:jwk:${Buffer.from(JSON.stringify(publicJwk)).toString('base64url')}`
    : `did:key:${probe.publicKeyMultibase}`;
  const id = didJwk ? `${did}#0` : `${did}#${probe.publicKeyMultibase}`;
  const key = await EcdsaMultikey.fromJwk({jwk: {...publicJwk, d: d.toString('base64url')}, secretKey: true,
    id, controller: did});
  return {did, suite: new DataIntegrityProof({signer: key.signer(), cryptosuite: ecdsaRdfc2019, date: CREATED})};
}

function presentation(version, holder, credential) {
  return vc.createPresentation({holder, version, verifiableCredential: credential});
}

const loader2020 = await documentLoader(Ed25519VerificationKey2020.from);
const loaderMultikey = await documentLoader(Ed25519Multikey.from);
const holder2020 = await key2020(1);
const other2020 = await key2020(2);
const holderMultikey = await keyMultikey(1);
const holderP256 = await keyP256(false);
const holderP256Jwk = await keyP256(true);
const credential = JSON.parse(await readFile(
  path.join(repository, 'credentials/src/test/resources/vectors/signed.json'), 'utf8'));

const vectors = [
  // The Learner Credential Wallet's DID authentication on the dccrequest path: VC 1.1, no domain.
  {name: 'ed25519-2020-vc1-no-domain', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(1.0, holder2020.did), suite: holder2020.suite, challenge: CHALLENGE,
    documentLoader: loader2020})},
  {name: 'ed25519-2020-vc1', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(1.0, holder2020.did), suite: holder2020.suite, challenge: CHALLENGE,
    domain: DOMAIN, documentLoader: loader2020})},
  {name: 'ed25519-2020-vc2', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(2.0, holder2020.did), suite: holder2020.suite, challenge: CHALLENGE,
    domain: DOMAIN, documentLoader: loader2020})},
  {name: 'eddsa-rdfc-2022-vc1', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(1.0, holderMultikey.did), suite: holderMultikey.suite, challenge: CHALLENGE,
    domain: DOMAIN, documentLoader: loaderMultikey})},
  {name: 'eddsa-rdfc-2022-vc2', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(2.0, holderMultikey.did), suite: holderMultikey.suite, challenge: CHALLENGE,
    domain: DOMAIN, documentLoader: loaderMultikey})},
  // A presentation holding one of our credentials (the golden vector), as a recognizer receives it.
  {name: 'eddsa-rdfc-2022-vc2-with-credential', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(2.0, holderMultikey.did, credential), suite: holderMultikey.suite,
    challenge: CHALLENGE, domain: DOMAIN, documentLoader: loaderMultikey})},
  // P-256 holders (ecdsa-rdfc-2019), by did:key and by did:jwk.
  {name: 'ecdsa-rdfc-2019-did-key', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(2.0, holderP256.did), suite: holderP256.suite, challenge: CHALLENGE,
    domain: DOMAIN, documentLoader: loaderMultikey})},
  {name: 'ecdsa-rdfc-2019-did-jwk', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(2.0, holderP256Jwk.did), suite: holderP256Jwk.suite, challenge: CHALLENGE,
    domain: DOMAIN, documentLoader: loaderMultikey})},
  // Valid signatures that our verifier must still refuse: a key of another DID than the holder's (Digital Bazaar's
  // verifier accepts it unless told the controller to expect), and another proof purpose.
  {name: 'ed25519-2020-key-of-another-did', verifies: true, make: () => vc.signPresentation({
    presentation: presentation(1.0, holder2020.did), suite: other2020.suite, challenge: CHALLENGE,
    domain: DOMAIN, documentLoader: loader2020})},
  {name: 'ed25519-2020-assertion-purpose', verifies: false, make: async () => {
    const signed = await jsigs.sign(presentation(1.0, holder2020.did), {suite: holder2020.suite,
      purpose: new AssertionProofPurpose(), documentLoader: loader2020, addSuiteContext: true});
    return signed;
  }}
];

await mkdir(outDir, {recursive: true});
let failed = false;
for(const vector of vectors) {
  const signed = await vector.make();
  const loader = vector.name.startsWith('ed25519-2020') ? loader2020 : loaderMultikey;
  const suite = vector.name.startsWith('ed25519-2020') ? new Ed25519Signature2020()
    : new DataIntegrityProof({cryptosuite: vector.name.startsWith('ecdsa') ? ecdsaRdfc2019 : eddsaRdfc2022});
  const domain = vector.name.endsWith('no-domain') ? undefined : DOMAIN;
  const result = await vc.verify({presentation: signed, suite, challenge: CHALLENGE, domain,
    documentLoader: loader, presentationPurpose: new AuthenticationProofPurpose({challenge: CHALLENGE, domain})});
  // Only the presentation's own proof is what these vectors are about; the embedded credential's checks
  // (status, dates) belong to the credential verifier.
  const verified = result.presentationResult ? result.presentationResult.verified : result.verified;
  console.log(`${vector.name}: Digital Bazaar says verified=${verified} (expected ${vector.verifies})`);
  if(verified !== vector.verifies) {
    failed = true;
    console.error(JSON.stringify(result, null, 2).slice(0, 2000));
  }
  await writeFile(path.join(outDir, `${vector.name}.json`), JSON.stringify(signed, null, 2) + '\n');
}
await writeFile(path.join(outDir, 'parameters.json'), JSON.stringify({
  challenge: CHALLENGE, domain: DOMAIN, created: CREATED,
  holder2020: holder2020.did, other2020: other2020.did, holderMultikey: holderMultikey.did,
  holderP256: holderP256.did, holderP256Jwk: holderP256Jwk.did
}, null, 2) + '\n');
process.exit(failed ? 1 : 0);
