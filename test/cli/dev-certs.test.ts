// npm run dev-server without sudo (issue 20): the certificate step runs for real, in child processes whose
// HOME is a temp folder and whose PATH has no sudo, so office-addin-dev-certs' `sudo …` fails as it does on
// a user's machine and nothing reaches this machine's trust store. PATH's `openssl` is a stand-in that
// always fails, so the library's check of the system store says "not installed" whatever this machine
// holds (the real check runs `openssl x509 -checkend` on the system's copy of the CA).
import { ChildProcess, spawn, spawnSync } from "child_process";
import { generateKeyPairSync } from "crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { createServer as createHttpsServer } from "https";
import { AddressInfo, createServer as createNetServer } from "net";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { connect, TLSSocket } from "tls";

const ROOT = resolve(__dirname, "../..");
// The run's folder (test/support/run-dir.js), removed when the run ends.
const BASE = process.env.TIERS_TEST_RUN ?? tmpdir();
const README = '(README, "Try it on your own computer").';
type Files = Record<"ca" | "cert" | "key", string | Buffer>;
interface DevCerts {
  certificateFailure(err: unknown, dir?: string): string;
  notInSystemStore(dir?: string): string;
  usableFiles(dir?: string, now?: Date): Files | null;
  httpsOptions(options: Record<string, unknown>): Promise<Files>;
}
const devCerts = require("../../scripts/dev-certs.js") as DevCerts;

// What `webpack serve` does with our config: the dev server's https options, written to argv[1] as JSON.
const DRIVER = `require("./webpack.config.js")({ WEBPACK_SERVE: true }, { mode: "development" }).then(([, modern]) => {
  const o = modern.devServer.server.options;
  require("fs").writeFileSync(process.argv[1], JSON.stringify({ ca: String(o.ca), cert: String(o.cert), key: String(o.key) }));
});`;

/** A HOME and a PATH with sh and the failing openssl, no sudo. */
function machine(): { env: NodeJS.ProcessEnv; certs: string } {
  const root = mkdtempSync(join(BASE, "tt-dev-certs-"));
  const home = join(root, "home");
  const bin = join(root, "bin");
  mkdirSync(home);
  mkdirSync(bin);
  symlinkSync("/bin/sh", join(bin, "sh"));
  writeFileSync(join(bin, "openssl"), "#!/bin/sh\nexit 1\n");
  chmodSync(join(bin, "openssl"), 0o755);
  return { env: { HOME: home, PATH: bin }, certs: join(home, ".office-addin-dev-certs") };
}

/** The certificate step as `webpack serve` runs it: exit status, every line printed, the https options. */
function certificateStep(env: NodeJS.ProcessEnv) {
  const out = join(mkdtempSync(join(BASE, "tt-dev-certs-out-")), "options.json");
  const run = spawnSync(process.execPath, ["-e", DRIVER, out], { cwd: ROOT, env, encoding: "utf8" });
  const lines = (run.stdout + run.stderr).split("\n").filter((line) => line !== "");
  const options = existsSync(out)
    ? (JSON.parse(readFileSync(out, "utf8")) as Record<"ca" | "cert" | "key", string>)
    : null;
  return { status: run.status, lines, options };
}

function filesIn(dir: string): string[] {
  return ["ca.crt", "localhost.crt", "localhost.key"].map((name) => readFileSync(join(dir, name), "utf8"));
}

/** Whether a TLS client that trusts only `ca` accepts the server at localhost:port. */
function trusted(port: number, ca: string): Promise<boolean> {
  return new Promise((done, fail) => {
    const socket: TLSSocket = connect({ host: "localhost", port, servername: "localhost", ca }, () => {
      done(socket.authorized);
      socket.end();
    });
    socket.on("error", fail);
  });
}

/** Serves HTTPS with the options on a free port; whether a client trusting only `ca` accepts it. */
async function servesTrusted(options: Files, ca: string): Promise<boolean> {
  const server = createHttpsServer({ cert: options.cert, key: options.key }, (_req, res) => res.end());
  await new Promise<void>((done) => server.listen(0, "localhost", done));
  try {
    return await trusted((server.address() as AddressInfo).port, ca);
  } finally {
    server.close();
  }
}

test("a failed certificate step is one line: what failed, and that there is nothing to serve with", () => {
  const err = new Error("Unable to install the CA certificate. /bin/sh: 1: sudo: not found\n");
  expect(devCerts.certificateFailure(err, "/home/u/.office-addin-dev-certs")).toBe(
    "npm run dev-server: Unable to install the CA certificate. /bin/sh: 1: sudo: not found. " +
      `No usable certificate in /home/u/.office-addin-dev-certs to serve with ${README}`,
  );
  const nested = new Error("Unable to generate the CA certificate.\nError: boom\n    at mkcert (x.js:1:1)");
  expect(devCerts.certificateFailure(nested, "/d")).not.toContain("\n");
});

const onLinux = process.platform === "linux" ? describe : describe.skip;

onLinux("npm run dev-server on Linux without sudo", () => {
  let env: NodeJS.ProcessEnv = {};
  let certs = "";
  let ca = "";
  let first: string[] = [];
  beforeAll(() => {
    ({ env, certs } = machine());
    ca = join(certs, "ca.crt");
  });

  test("first start: makes the certificates, serves with them, one line naming ca.crt", async () => {
    const run = certificateStep(env);
    expect(run.status).toBe(0);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(/^npm run dev-server: Unable to install the CA certificate\. .*sudo.*not found\. /);
    expect(run.lines[0]).toContain(
      `Serving https://localhost with the certificates in ${certs} anyway. Trust ${ca} by hand ${README}`,
    );
    first = filesIn(certs);
    expect(run.options).toEqual({ ca: first[0], cert: first[1], key: first[2] });
    expect(await servesTrusted(run.options!, first[0])).toBe(true);
  }, 60000);

  test("next start: the same CA (one trusted by hand stays trusted), and one line saying so", async () => {
    const run = certificateStep(env);
    expect(run.status).toBe(0);
    expect(run.lines).toEqual([devCerts.notInSystemStore(certs)]);
    expect(run.lines[0]).toContain(`Trust ${ca} by hand`);
    expect(filesIn(certs)).toEqual(first);
    expect(run.options).toEqual({ ca: first[0], cert: first[1], key: first[2] });
  }, 60000);

  test("files count only when in date, for localhost, from that CA and with their key", () => {
    expect(devCerts.usableFiles(certs)).not.toBeNull();
    const in40Days = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    expect(devCerts.usableFiles(certs, in40Days)).toBeNull();
    const other = mkdtempSync(join(BASE, "tt-dev-certs-key-"));
    for (const name of ["ca.crt", "localhost.crt"]) copyFileSync(join(certs, name), join(other, name));
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(join(other, "localhost.key"), privateKey.export({ type: "pkcs8", format: "pem" }));
    expect(devCerts.usableFiles(other)).toBeNull();
  });

  test("with the CA in the system store it is office-addin-dev-certs that serves, as before, with no line", async () => {
    const calls: string[] = [];
    const lines: string[] = [];
    const library = {
      CertificateStatus: { Installed: "installed", NotInstalled: "not-installed" },
      getCaCertificateStatus: () => ({ status: "installed" }),
      getHttpsServerOptions: async () => {
        calls.push("getHttpsServerOptions");
        return { ca: "CA", cert: "CERT", key: "KEY", extra: 1 };
      },
    };
    const options = await devCerts.httpsOptions({
      devCerts: library,
      dir: certs,
      log: (line: string) => lines.push(line),
      quiet: false,
    });
    expect(options).toEqual({ ca: "CA", cert: "CERT", key: "KEY" });
    expect(calls).toEqual(["getHttpsServerOptions"]);
    expect(lines).toEqual([]);
  });

  test("nothing to serve with: one line and exit 1, no stack trace", () => {
    const blocked = machine();
    writeFileSync(blocked.certs, "a file where the folder should be");
    const run = certificateStep(blocked.env);
    expect(run.status).toBe(1);
    expect(run.options).toBeNull();
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(/^npm run dev-server: \S/);
    expect(run.lines[0]).toContain(`No usable certificate in ${blocked.certs} to serve with ${README}`);
  }, 60000);
});

function freePort(): Promise<number> {
  const server = createNetServer();
  return new Promise((done) => {
    server.listen(0, "localhost", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

/** Tries the server until a TLS client trusting `caFile` gets an answer; fails if the server exits first. */
async function whenServing(
  port: number,
  caFile: string,
  exited: { code?: number | null },
  output: () => string,
): Promise<boolean> {
  for (;;) {
    if (exited.code !== undefined) throw new Error(`webpack serve exited (${exited.code}):\n${output()}`);
    if (existsSync(caFile)) {
      try {
        return await trusted(port, readFileSync(caFile, "utf8"));
      } catch {
        // not listening yet
      }
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

onLinux("webpack serve on Linux without sudo", () => {
  let child: ChildProcess | undefined;
  let gone: Promise<unknown> = Promise.resolve();

  afterEach(async () => {
    // The server and anything it started, also when the test failed half way.
    if (child && child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await gone;
  });

  test("prints the one line and serves HTTPS that ca.crt verifies", async () => {
    const { env, certs } = machine();
    const port = await freePort();
    const cli = join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
    child = spawn(process.execPath, [cli, "serve", "--mode", "development", "--port", String(port)], {
      cwd: ROOT,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const exited: { code?: number | null } = {};
    gone = new Promise((done) => {
      child!.once("exit", (code) => done((exited.code = code)));
      child!.once("error", () => done((exited.code = null)));
    });

    expect(await whenServing(port, join(certs, "ca.crt"), exited, () => output)).toBe(true);
    const beforeServer = output.split("[webpack-dev-server]")[0];
    const lines = beforeServer.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("<i>"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Trust ${join(certs, "ca.crt")} by hand ${README}`);
  }, 120000);
});
