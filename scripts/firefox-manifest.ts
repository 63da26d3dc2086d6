/**
 * Firefox's add-on id. Permanent from the first upload to addons.mozilla.org: the listing,
 * every update and the user's storage are tied to it. A random GUID, generated once, rather
 * than an e-mail-shaped id on a domain we would have to keep.
 */
export const firefoxAddonId = '{420ae03f-f0bd-4d13-989d-c59206f56380}';
