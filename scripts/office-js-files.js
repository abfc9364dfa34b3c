/* eslint-disable no-undef */
// What the intranet build copies from @microsoft/office-js: the files office.js's own loader asks
// for when Excel opens the pane on Windows, Mac or the web, and nothing for other hosts.
//
// office.js picks one host file, {host}-{platform}-{version}.js, from the _host_Info Excel passes
// (the version capped by OSF.HostSpecificFileVersionMap: Excel win32 16.01, mac 16.00, web 16.00;
// hosts reporting an older version, such as some Excel 2016 builds, get win32 16.00), and one
// strings file, {locale}/office_strings.js, for Office's UI language mapped onto
// OSF.SupportedLocales (zh-HK → zh-cn, any unknown → en-us). Without host information (a plain
// browser) it loads o15apptofilemappingtable.js. Measured in Chromium against the package's files
// (README, "Intranet build"). Left out: other hosts (Word, Outlook, PowerPoint, OneNote, Project,
// Access), iPad/Android/Windows RT, the "-core" files (custom-functions runtime only), webauth/
// (single sign-on), *.debug.js, and the locale folders office.js never asks for.
const fs = require("fs");
const path = require("path");

const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Excel's host files for Windows (both versions the loader can ask for), Mac and the web. */
const HOST_FILES = ["excel-win32-16.00.js", "excel-win32-16.01.js", "excel-mac-16.00.js", "excel-web-16.00.js"];
/** The loader itself, its no-host-info fallback, and the telemetry scripts office.js and the host files load. */
const LOADER_FILES = ["office.js", "o15apptofilemappingtable.js", "telemetry/oteljs_agave.js", "ariatelemetry/aria-web-telemetry.js"];

/** The locales office.js can ask for: the keys of OSF.SupportedLocales in the package's own loader. */
function supportedLocales(dir = OFFICE_JS_DIST) {
  const src = fs.readFileSync(path.join(dir, "office.debug.js"), "utf8");
  const block = /OSF\.SupportedLocales = \{([^}]*)\}/.exec(src);
  if (!block) throw new Error("office-js: OSF.SupportedLocales not found in office.debug.js");
  const locales = [];
  block[1].replace(/"([a-z-]+)"\s*:\s*true/g, (_, l) => locales.push(l));
  if (locales.indexOf("en-us") < 0 || locales.indexOf("zh-cn") < 0) throw new Error("office-js: unexpected OSF.SupportedLocales");
  return locales;
}

/** Paths relative to @microsoft/office-js/dist, as they are laid out under dist/office-js/. */
function officeJsFiles(dir = OFFICE_JS_DIST) {
  const files = LOADER_FILES.concat(HOST_FILES, supportedLocales(dir).map((l) => l + "/office_strings.js"));
  for (const f of files) {
    if (!fs.existsSync(path.join(dir, f))) throw new Error("office-js: " + f + " is missing from " + dir);
  }
  return files;
}

module.exports = { OFFICE_JS_DIST, HOST_FILES, LOADER_FILES, supportedLocales, officeJsFiles };
