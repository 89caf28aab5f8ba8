/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next
 * puts it on its own scripts; 'strict-dynamic' lets those load the chunks they need), so an
 * injected <script> or event handler never runs. Style *attributes* stay allowed: charts and the
 * balance scale position things with them, and an attribute cannot execute anything.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  const directives = [
    `default-src 'self'`,
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? ` 'unsafe-eval'` : ''}`,
    // The development server injects un-nonced <style> tags for hot reloading.
    options.development ? `style-src 'self' 'unsafe-inline'` : `style-src 'self' 'nonce-${nonce}'`,
    `style-src-attr 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ];
  // Only where the app is served over https: on the embedded http://localhost it would break every request.
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
