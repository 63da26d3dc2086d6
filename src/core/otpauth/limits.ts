/**
 * Size limits for otpauth URIs. A QR code holds at most 4,296 characters, so nothing a camera
 * reads comes near these; they bound the work done on pasted or messaged text.
 *
 * Names are limited one by one rather than as a whole label, so that any issuer and account
 * within the limit can be built into a URI that parses back: the worst case (every character
 * a 3-byte UTF-8 character, so 9 characters once percent-encoded; the issuer written twice,
 * in the label and in the issuer parameter) stays under MAX_URI_LENGTH.
 */
export const MAX_URI_LENGTH = 8192;
/** For the issuer and for the account name, each, in UTF-16 code units (String length). */
export const MAX_NAME_LENGTH = 256;
