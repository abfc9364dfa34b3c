// The dev server's HTTPS certificate (npm run dev-server, npm start). office-addin-dev-certs makes a CA and a
// localhost certificate in ~/.office-addin-dev-certs and installs the CA in the system's trust store, on
// Linux through sudo. Where that cannot work (no sudo: a container, a user without admin rights) the user
// trusts ca.crt by hand (README, "Try it on your own computer"), and the server goes on serving with those
// files: office-addin-dev-certs would delete them and make a new CA on every start, undoing that trust.
// Office needs HTTPS here: see README for why plain HTTP is no way out.
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const README = 'README, "Try it on your own computer"';

/** Where office-addin-dev-certs keeps its files (its defaults.certificateDirectory). */
function certDir() {
  return path.join(os.homedir(), ".office-addin-dev-certs");
}

/** One line of a message that may span several (office-addin-dev-certs puts stderr in its errors). */
function oneLine(err) {
  return String((err && err.message) || err)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.?$/, ".");
}

/** Served with the files already there: the CA is not in the system's store, so trust must come by hand. */
function notInSystemStore(dir = certDir()) {
  return (
    `npm run dev-server: the development CA is not in this computer's trust store; serving https://localhost ` +
    `with the certificates already in ${dir}. Trust ${path.join(dir, "ca.crt")} by hand (${README}).`
  );
}

/** The certificate step failed but left usable files: served with them all the same. */
function servedUntrusted(err, dir = certDir()) {
  return (
    `npm run dev-server: ${oneLine(err)} Serving https://localhost with the certificates in ${dir} anyway. ` +
    `Trust ${path.join(dir, "ca.crt")} by hand (${README}).`
  );
}

/** The certificate step failed and left nothing to serve with: the server cannot start. */
function certificateFailure(err, dir = certDir()) {
  return `npm run dev-server: ${oneLine(err)} No usable certificate in ${dir} to serve with (${README}).`;
}

/**
 * ca.crt, localhost.crt and localhost.key from dir if they can serve https://localhost at `now`: both
 * certificates in date, the localhost one for "localhost", issued by that CA and matching the key.
 * Otherwise null.
 */
function usableFiles(dir = certDir(), now = new Date()) {
  try {
    const ca = fs.readFileSync(path.join(dir, "ca.crt"));
    const cert = fs.readFileSync(path.join(dir, "localhost.crt"));
    const key = fs.readFileSync(path.join(dir, "localhost.key"));
    const caCert = new crypto.X509Certificate(ca);
    const localhost = new crypto.X509Certificate(cert);
    const inDate = (c) => new Date(c.validFrom) <= now && now < new Date(c.validTo);
    const usable =
      inDate(caCert) &&
      inDate(localhost) &&
      localhost.checkHost("localhost") !== undefined &&
      localhost.checkIssued(caCert) &&
      localhost.verify(caCert.publicKey) &&
      localhost.checkPrivateKey(crypto.createPrivateKey(key));
    return usable ? { ca, cert, key } : null;
  } catch {
    return null;
  }
}

/** True only when the system's store is known not to hold the CA (an error in the check is not proof). */
function caNotInSystemStore(devCerts) {
  try {
    return devCerts.getCaCertificateStatus().status === devCerts.CertificateStatus.NotInstalled;
  } catch {
    return false;
  }
}

/** Whether an executable `name` is in one of PATH's folders. */
function onPath(name, env = process.env) {
  return (env.PATH || "").split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, name), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Runs the certificate step with office-addin-dev-certs' progress lines ("generated in …", "Installing CA
 * certificate …") held back when it is bound to fail (Linux without sudo), so that the user reads one line;
 * they are printed after all if it succeeds. Where sudo exists they go out as they come, since sudo may
 * ask for a password right after them.
 */
async function quietIf(quiet, step) {
  if (!quiet) return step();
  const log = console.log;
  const held = [];
  console.log = (...args) => held.push(args);
  try {
    const result = await step();
    console.log = log;
    for (const args of held) console.log(...args);
    return result;
  } finally {
    console.log = log;
  }
}

/**
 * The certificate files for webpack-dev-server. When the CA is in the system's store, or there are no
 * usable files, this is office-addin-dev-certs' getHttpsServerOptions. When usable files exist and the
 * store lacks the CA, they are served as they are (the CA may be trusted by hand). Every way that serves
 * without a trusted CA logs one line; throws only when there is nothing to serve with. The options are for
 * tests: a stand-in for the library and its folder, the time to check the files at (when they are checked),
 * where the line goes, and whether the library's progress lines are held back.
 */
async function httpsOptions({
  devCerts = require("office-addin-dev-certs"),
  dir = certDir(),
  now,
  log = (line) => console.error(line),
  quiet = process.platform === "linux" && !onPath("sudo"),
} = {}) {
  const existing = usableFiles(dir, now);
  if (existing && caNotInSystemStore(devCerts)) {
    log(notInSystemStore(dir));
    return existing;
  }
  try {
    const options = await quietIf(quiet, () => devCerts.getHttpsServerOptions());
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (err) {
    const left = usableFiles(dir, now);
    if (!left) throw err;
    log(servedUntrusted(err, dir));
    return left;
  }
}

module.exports = { certDir, certificateFailure, httpsOptions, notInSystemStore, servedUntrusted, usableFiles };
