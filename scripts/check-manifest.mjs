#!/usr/bin/env node
/**
 * Offline manifest check for CI (the online `npm run validate` needs Microsoft's web service):
 * well-formed XML valid against Microsoft's XSDs (schema order included), every resid defined,
 * every URL https on one origin, and a <Requirements> element asking for WordApi 1.3.
 * Usage: node scripts/check-manifest.mjs manifest.xml   (exit 0 = valid)
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import xmllint from "xmllint-wasm";

const here = path.dirname(fileURLToPath(import.meta.url));
const schemaDir = path.join(here, "..", "test", "fixtures", "addin-manifest-schemas");
const ENTRY = "OfficeAppManifestV1_1.xsd";

/** Returns the list of problems (empty when the manifest is fine). */
export async function checkManifest(xml) {
  const problems = [];
  const schemas = readdirSync(schemaDir)
    .filter((f) => f.endsWith(".xsd"))
    .map((fileName) => ({ fileName, contents: readFileSync(path.join(schemaDir, fileName), "utf8") }));
  const entry = schemas.find((s) => s.fileName === ENTRY);
  const result = await xmllint.validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [entry],
    preload: schemas.filter((s) => s !== entry),
  });
  for (const e of result.errors) problems.push(`schema: ${e.rawMessage ?? e.message}`);

  const used = new Set([...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]));
  for (const id of used) if (!defined.has(id)) problems.push(`resid not defined: ${id}`);

  const urls = [
    ...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<(?:AppDomain|SourceLocation)>(https?:\/\/[^<]+)</g),
  ].map((m) => m[1] ?? m[2]);
  const origins = new Set();
  for (const url of urls) {
    if (!url.startsWith("https://")) problems.push(`not https: ${url}`);
    origins.add(new URL(url).origin);
  }
  if (origins.size > 1) problems.push(`URLs on more than one origin: ${[...origins].join(", ")}`);

  const requirements = xml.match(/<Requirements>([\s\S]*?)<\/Requirements>/);
  if (!requirements || !/<Set Name="WordApi" MinVersion="1\.3"\s*\/>/.test(requirements[1])) {
    problems.push('<Requirements> must ask for <Set Name="WordApi" MinVersion="1.3"/>');
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const file = process.argv[2] ?? "manifest.xml";
  const problems = await checkManifest(readFileSync(file, "utf8"));
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s)\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`${file}: valid (schema, resids, https, WordApi 1.3)`);
}
