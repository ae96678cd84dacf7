/**
 * The address to go to after signing in: `returnUrl` when it is a path in this app, home
 * otherwise (never another site: "//evil.example" and "https://…" are refused).
 */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//')) return '/';
  if (returnUrl.startsWith('/\\') || returnUrl.startsWith('/sign-in')) return '/';
  return returnUrl;
}
