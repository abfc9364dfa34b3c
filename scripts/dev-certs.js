// The dev server's HTTPS certificate (npm run dev-server, npm start). office-addin-dev-certs makes a CA and a
// localhost certificate in ~/.office-addin-dev-certs and installs the CA in the system's trust store, on
// Linux through sudo. Where that cannot work (no sudo: a container, a user without admin rights) the
// server stops with one line saying what failed and how to go on, not a stack trace (README, "Try it on
// your own computer"). Office needs HTTPS here: see README for why plain HTTP is no way out.
const os = require("os");
const path = require("path");

/** Where office-addin-dev-certs keeps its CA (its defaults.caCertificatePath). */
function caPath() {
  return path.join(os.homedir(), ".office-addin-dev-certs", "ca.crt");
}

/** The one line for a certificate step that failed: what failed, and what to do. */
function certificateFailure(err, ca = caPath()) {
  const detail = String((err && err.message) || err)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.?$/, ".");
  return (
    `npm run dev-server: ${detail} Trust ${ca} by hand as README says ` +
    `("Try it on your own computer", without sudo), then run it again.`
  );
}

/** The certificate files for webpack-dev-server; throws the certificate step's own error. */
async function httpsOptions(devCerts = require("office-addin-dev-certs")) {
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = { caPath, certificateFailure, httpsOptions };
