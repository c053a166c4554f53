/**
 * The manifest as shipped: the source manifest and the production one (URLs rewritten to the deployment
 * host) both pass the offline check CI uses (Microsoft's XSDs, resids, https on one origin, WordApi 1.3).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
const { rewriteManifest } = require("../../scripts/rewrite-manifest.cjs") as {
  rewriteManifest(xml: string, baseUrl: string): string;
};

const root = path.resolve(__dirname, "../..");
const source = readFileSync(path.join(root, "manifest.xml"), "utf8");

function check(xml: string): { ok: boolean; output: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "kl-manifest-")), "manifest.xml");
  writeFileSync(file, xml);
  try {
    return {
      ok: true,
      output: execFileSync("node", [path.join(root, "scripts/check-manifest.mjs"), file], { encoding: "utf8" }),
    };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

test("the source manifest passes the offline check", () => {
  expect(check(source)).toMatchObject({ ok: true });
});

test("the production manifest points every URL and the app domain at the deployment host, and still passes", () => {
  const xml = rewriteManifest(source, "https://addins.example.gov.vn/ket-luan");
  expect(xml).not.toContain("localhost");
  expect(xml).toContain("<AppDomain>https://addins.example.gov.vn</AppDomain>");
  expect(xml).toContain('DefaultValue="https://addins.example.gov.vn/ket-luan/taskpane.html"');
  expect(check(xml)).toMatchObject({ ok: true });
});

test("the offline check catches what Word would reject: a missing resid, http, and elements out of order", () => {
  const missing = check(source.replace('resid="Icon.80"', 'resid="Icon.99"'));
  expect(missing.ok).toBe(false);
  expect(missing.output).toMatch(/resid not defined: Icon\.99/);
  expect(check(source.replace("https://localhost:3000/help.html", "http://localhost:3000/help.html")).output).toMatch(
    /not https/,
  );
  const reordered = check(
    source.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, "$3$2$1"),
  );
  expect(reordered.ok).toBe(false);
  expect(reordered.output).toMatch(/schema:/);
});

test("a plain http deployment URL is refused", () => {
  expect(() => rewriteManifest(source, "http://addins.example.gov.vn/")).toThrow(/https/);
});
