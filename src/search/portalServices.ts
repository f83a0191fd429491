import type { Portal } from '../knowledge/index.js';

/** Whether a service URL from portal data is under one of the portal's declared service hosts. */
export function isPortalService(portal: Portal, serviceUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  return (portal.serviceHosts ?? []).some(
    (s) =>
      url.protocol === 'https:' &&
      !url.port &&
      url.hostname === s.host &&
      url.pathname.startsWith(s.pathPrefix ?? '/'),
  );
}
