/**
 * The production manifest: every dev-server URL (https://localhost:3000/…) and the dev origin in
 * <AppDomain> become the host the add-in is deployed to, so dist/ can be served from any static HTTPS server.
 */
const DEV_URL = "https://localhost:3000/";

function rewriteManifest(xml, baseUrl) {
  if (!/^https:\/\//.test(baseUrl)) throw new Error(`ADDIN_BASE_URL must be an https:// URL (got ${baseUrl})`);
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  const devOrigin = new URL(DEV_URL).origin;
  return xml.split(DEV_URL).join(base).split(devOrigin).join(new URL(base).origin);
}

module.exports = { DEV_URL, rewriteManifest };
