import { safeReturnUrl } from './return-url';

describe('where to go after signing in', () => {
  it('goes back to the page in this app the person came from', () => {
    expect(safeReturnUrl('/admin/users?councilId=1')).toBe('/admin/users?councilId=1');
  });

  it('goes home when there is nowhere to go back to', () => {
    expect(safeReturnUrl(undefined)).toBe('/');
    expect(safeReturnUrl('')).toBe('/');
    expect(safeReturnUrl('/sign-in')).toBe('/');
  });

  it('never goes to another site', () => {
    expect(safeReturnUrl('https://evil.example/')).toBe('/');
    expect(safeReturnUrl('//evil.example/')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
  });
});
